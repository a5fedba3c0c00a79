/** Markdown helpers: user text is escaped so a title like `*Draft* [v2]` prints as typed. */

/**
 * Markers that start a block when they open a line: a list bullet (`-`, `+`), an ordered-list
 * number (`1.`, `2)`), or `=` (a setext heading underline). `#`, `>` and `*` are escaped anywhere.
 */
const LINE_START = /^(?:([-+=])|(\d+)([.)]))/;

/**
 * Escapes characters Markdown would read as formatting, and a block marker at the start (the
 * text may open a line, e.g. after a hard break); line breaks become spaces.
 */
export function mdInline(value: string): string {
  return value
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
    .replace(LINE_START, (_match, mark?: string, digits?: string, dot?: string) =>
      mark ? `\\${mark}` : `${digits}\\${dot}`,
    );
}

/** Escapes a block of text, keeping its line breaks as Markdown hard breaks; blank lines are dropped. */
export function mdBlock(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => mdInline(line))
    .filter(Boolean)
    .join('  \n');
}
