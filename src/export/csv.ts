/** CSV writing for exports other than the invitee list: quoted cells, CRLF, formula-safe. */

/**
 * One CSV cell. A leading `=`, `+`, `-`, `@`, tab or carriage return would make Excel or Sheets
 * run the cell as a formula, so such cells get a leading apostrophe; every cell is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows to CSV text with CRLF line ends (RFC 4180) and a trailing line end. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
