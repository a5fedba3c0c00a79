/**
 * Splits CSV text into rows of cells with papaparse, after choosing the delimiter ourselves:
 * papaparse's own guess gives up on files with blank lines, and we want to show the user
 * which delimiter was used. Rows stay arrays (never header-keyed objects), so duplicate,
 * empty or odd headers such as `__proto__` cannot swallow a column.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export interface CsvProblem {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

export interface CsvTable {
  delimiter: Delimiter;
  /** Record `i` is row `i + 1` of the file; blank records are kept so numbers stay true. */
  rows: string[][];
  /** Quoting problems papaparse reported (an unclosed quote, for instance). */
  problems: CsvProblem[];
}

const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');

function records(text: string, delimiter: Delimiter, preview = 0): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, preview });
}

/**
 * The delimiter that splits the first rows most consistently into more than one column:
 * the share of non-blank rows with the most common cell count wins, then more columns,
 * then the order comma, semicolon, tab. Comma when no candidate gives two columns.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; share: number; columns: number } = { delimiter: ',', share: 0, columns: 1 };
  for (const delimiter of DELIMITERS) {
    const rows = records(text, delimiter, 50).data.filter((row) => !isBlank(row));
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let columns = 1;
    let most = 0;
    for (const [length, count] of counts) {
      if (count > most || (count === most && length > columns)) [columns, most] = [length, count];
    }
    if (columns < 2) continue;
    const share = most / rows.length;
    if (share > best.share || (share === best.share && columns > best.columns)) best = { delimiter, share, columns };
  }
  return best.delimiter;
}

/** Parses CSV text (BOM already removed) with the given or detected delimiter. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvTable {
  const result = records(text, delimiter);
  const rows = result.data;
  // A final line break leaves one empty record behind; it is not a row of the file.
  const last = rows.at(-1);
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  const problems = result.errors.map((error) => ({
    row: (error.row ?? 0) + 1,
    message:
      error.code === 'MissingQuotes'
        ? 'a quoted cell is never closed, so the rest of the file was read into it. Check the quote marks.'
        : error.message,
  }));
  return { delimiter, rows, problems };
}
