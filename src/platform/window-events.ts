/**
 * Window-level browser APIs the persistence policy listens to: page lifecycle events, link
 * clicks, `window.name` (which survives a same-tab navigation) and BroadcastChannel.
 */

/** A message channel between tabs of this site. */
export interface ChannelLike {
  post(message: unknown): void;
  listen(handler: (message: unknown) => void): () => void;
}

/** BroadcastChannel under `name`, or null where the browser has none. */
export function openChannel(name: string): ChannelLike | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (handler) => {
      const onMessage = (event: MessageEvent) => handler(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/** The page-lifecycle hooks persistence needs; a fake in tests. */
export interface PageEvents {
  /** The page is being left (closed, reloaded or navigated away from). */
  onLeave(handler: () => void): void;
  /** The tab was hidden (switched away, minimised): a good moment to save. */
  onHidden(handler: () => void): void;
  /** A link to a page of this site was clicked: this tab is about to show that page. */
  onAppLink(handler: () => void): void;
  /** Asks the user before leaving while `shouldAsk()` — except when they clicked a link of this site. */
  askBeforeLeaving(shouldAsk: () => boolean): void;
  readName(): string;
  writeName(value: string): void;
}

/** The real window's events, listened to for the page's whole life. */
export function windowEvents(win: Window = window): PageEvents {
  const on = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void) =>
    win.addEventListener(type, handler, true);
  let byLink = false;
  const linkHandlers: (() => void)[] = [];
  on('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || link.hasAttribute('download') || link.target === '_blank') return;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const { location } = win;
    // A link within this page (the skip link, #main) goes nowhere: nothing to hand over.
    if (link.href.split('#')[0] === location.href.split('#')[0] && link.hash) return;
    byLink = link.origin === location.origin;
    if (!byLink) return;
    linkHandlers.forEach((handler) => handler());
    // Should the click not leave the page after all, closing the tab later asks again.
    setTimeout(() => (byLink = false), 2000);
  });
  on('pageshow', () => {
    byLink = false;
  });
  return {
    onLeave: (handler) => on('pagehide', handler),
    onHidden: (handler) =>
      win.document.addEventListener('visibilitychange', () => {
        if (win.document.visibilityState === 'hidden') handler();
      }),
    onAppLink: (handler) => linkHandlers.push(handler),
    askBeforeLeaving: (shouldAsk) =>
      on('beforeunload', (event) => {
        if (byLink || !shouldAsk()) return;
        event.preventDefault();
        // Older Chromium only shows the prompt when returnValue is set.
        event.returnValue = '';
      }),
    readName: () => win.name,
    writeName: (value) => {
      win.name = value;
    },
  };
}

/**
 * Makes `element` inert and busy until `done` settles: nothing can be typed into a plan about to
 * be replaced. Then marks the document `data-plan-ready`, which scripts and tests can wait for.
 */
export function markBusy(element: HTMLElement | null, done: Promise<unknown>): void {
  if (!element) return;
  element.inert = true;
  element.setAttribute('aria-busy', 'true');
  void done.finally(() => {
    element.inert = false;
    element.removeAttribute('aria-busy');
    document.documentElement.dataset.planReady = '';
  });
}
