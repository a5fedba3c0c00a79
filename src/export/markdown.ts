/** Markdown helpers: user text is escaped so a title like `*Draft* [v2]` prints as typed. */

/** Escapes characters Markdown would read as formatting; line breaks become spaces. */
export function mdInline(value: string): string {
  return value
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
}

/** Escapes a block of text, keeping its line breaks as Markdown hard breaks. */
export function mdBlock(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => mdInline(line))
    .filter(Boolean)
    .join('  \n');
}
