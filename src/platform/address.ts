/**
 * The page's own address: the query a print page reads its language from, and the fragment a
 * share link carries the plan in. Static pages are built once, so these are read in the browser.
 */

/** The address's query (`?lang=es`), or empty on the server. */
export function pageQuery(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/** The address's fragment (`#plan=…`), or empty on the server. */
export function pageFragment(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

/** Removes the fragment from the address bar without a reload or a history entry. */
export function clearPageFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** The site's address with `path` (from lib/paths' href), e.g. `https://example.org/planner/`. */
export function siteAddress(path: string): string {
  return new URL(path, window.location.origin).href;
}

/**
 * Names the page in another language: its small heading (the print kind, written by the server
 * in English) and the tab title. Text only, in place, so nothing on the page moves.
 */
export function retitlePrintPage(title: string, lang: string): void {
  const heading = document.querySelector<HTMLElement>('h1.print-kind');
  if (heading) {
    heading.textContent = title;
    heading.lang = lang;
  }
  document.title = `${title} · Convening Planner`;
}
