import { useState } from 'react';
import type { TextEncodingName } from '../../domain/csv-decode';
import type { CsvTable, Delimiter } from '../../domain/csv-parse';
import { parseHeaderRow } from '../../domain/invitee-import';
import { Field } from '../ui/Field';
import { Select, type SelectOption } from '../ui/Select';

const DELIMITER_OPTIONS: SelectOption<Delimiter>[] = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
];

interface Props {
  source: string;
  encoding: TextEncodingName | null;
  table: CsvTable;
  /** The row (0-based) with the column names, or null when the file has none. */
  headerRow: number | null;
  onDelimiter: (delimiter: Delimiter) => void;
  onHeaderRow: (headerRow: number | null) => void;
}

/** How the text was read: the encoding (with a notice for Windows-1252), the delimiter, the header row. */
export function ImportOptions({ source, encoding, table, headerRow, onDelimiter, onHeaderRow }: Props) {
  // The row number as typed; kept while it is not a row the file has, with the reason shown.
  const [rowText, setRowText] = useState<string | null>(null);
  const rowRead = rowText === null ? null : parseHeaderRow(rowText, table.rows.length);
  return (
    <>
      {encoding === 'windows-1252' && (
        <p className="notice warn">
          This file is not UTF-8, so it was read as Windows-1252 (Western European), the encoding older Excel versions
          use. Check that accented names look right below; if not, save it from Excel as "CSV UTF-8" and import it
          again.
        </p>
      )}
      <Select
        label="Cells are separated by"
        id="import-delimiter"
        value={table.delimiter}
        options={DELIMITER_OPTIONS}
        onChange={onDelimiter}
      />
      {table.rows.length === 0 && <p className="notice warn">There is nothing in {source}.</p>}
      {table.rows.length > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={headerRow !== null}
            onChange={(e) => {
              setRowText(null);
              onHeaderRow(e.target.checked ? 0 : null);
            }}
          />
          <span>The file has a row of column names (untick it when every row is a person)</span>
        </label>
      )}
      {table.rows.length > 1 && headerRow !== null && (
        <Field
          label="The column names are on row"
          hint={
            headerRow > 0
              ? `Rows above it are notes and are not imported (${headerRow === 1 ? 'row 1' : `rows 1 to ${headerRow}`}).`
              : 'Change it when the file starts with notes above the column names.'
          }
          error={rowRead && !rowRead.ok ? rowRead.error : undefined}
        >
          <input
            type="text"
            inputMode="numeric"
            className="short"
            value={rowText ?? String(headerRow + 1)}
            onChange={(e) => {
              setRowText(e.target.value);
              const read = parseHeaderRow(e.target.value, table.rows.length);
              if (read.ok) onHeaderRow(read.value);
            }}
            onBlur={() => {
              if (rowRead?.ok) setRowText(null);
            }}
          />
        </Field>
      )}
    </>
  );
}
