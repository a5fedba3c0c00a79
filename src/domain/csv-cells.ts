/**
 * Formula-injection guard for CSV cells, and its exact reverse for our own import.
 *
 * A spreadsheet runs a cell that starts with `= + - @`, a tab or a carriage return as a
 * formula (OWASP "CSV injection"). We put a single quote `'` in front of such a cell, and
 * also in front of every LINE of a multi-line cell that starts so: Excel only looks at the
 * cell start, but a multi-line cell whose quoting is lost on the way (pasted as text, opened
 * by a tool that splits on line breaks) turns each line into a cell start. The price is a
 * visible `'` before lines like "- call back" in notes, which we accept for safety.
 *
 * A value that already starts with quotes before a trigger (`'=x`) gets one more quote, so
 * `restoreFormulaText` can always remove exactly one and the round trip is exact.
 */

/** Cell start that a spreadsheet would evaluate, after any quotes we or others added. */
const CELL_TRIGGER = /^'*[=+\-@\t\r]/;
/** The same for a line after a line break (a CR there is the line break itself). */
const LINE_TRIGGER = /^'*[=+\-@\t]/;
const RESTORE_CELL = /^'+[=+\-@\t\r]/;
const RESTORE_LINE = /^'+[=+\-@\t]/;
const LINE_BREAK = /(\r\n|\r|\n)/;

function mapLines(value: string, cell: RegExp, line: RegExp, change: (segment: string) => string): string {
  const parts = value.split(LINE_BREAK);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a line break
      if (i === 0) return cell.test(value) ? change(part) : part;
      return line.test(part) ? change(part) : part;
    })
    .join('');
}

/** Prefixes `'` to the cell and to each line that a spreadsheet could run as a formula. */
export function neutraliseFormula(value: string): string {
  return mapLines(value, CELL_TRIGGER, LINE_TRIGGER, (segment) => `'${segment}`);
}

/** Removes the `'` that `neutraliseFormula` added; other text is returned unchanged. */
export function restoreFormulaText(value: string): string {
  return mapLines(value, RESTORE_CELL, RESTORE_LINE, (segment) => segment.slice(1));
}
