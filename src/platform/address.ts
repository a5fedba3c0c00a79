/**
 * The page's own address: the fragment a share link carries the plan in, and the site's address
 * to make such a link with. Static pages are built once, so these are read in the browser.
 */

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
