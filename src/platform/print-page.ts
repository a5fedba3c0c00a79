/**
 * What a print page reads from and writes to its own document: the language its address asks for
 * (`?lang=es`), and its heading and tab title in that language.
 */

/** The address's query (`?lang=es`), or empty on the server. */
export function pageQuery(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
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
