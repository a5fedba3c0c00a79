/** CSV writing for exports other than the invitee list: quoted cells, CRLF, formula-safe, BOM. */
import { neutraliseFormula } from '../domain/csv-cells';

/**
 * One CSV cell, always quoted. The formula guard is the same as the invitee list's
 * (`neutraliseFormula`): the cell and every line of a multi-line cell that starts with `=`, `+`,
 * `-`, `@` or a tab (or a carriage return at the cell start) gets a leading apostrophe.
 */
export function csvCell(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

/**
 * Rows to a CSV file's text: a UTF-8 byte order mark first (without it Excel guesses the system
 * code page and garbles accents), CRLF line ends (RFC 4180) and a trailing line end.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
