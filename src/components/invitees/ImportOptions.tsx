import type { TextEncodingName } from '../../domain/csv-decode';
import type { CsvTable, Delimiter } from '../../domain/csv-parse';
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
  hasHeader: boolean;
  onDelimiter: (delimiter: Delimiter) => void;
  onHeader: (hasHeader: boolean) => void;
}

/** How the text was read: the encoding (with a notice for Windows-1252), the delimiter, the header row. */
export function ImportOptions({ source, encoding, table, hasHeader, onDelimiter, onHeader }: Props) {
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
          <input type="checkbox" checked={hasHeader} onChange={(e) => onHeader(e.target.checked)} />
          <span>The first row holds column names (untick it when the first row is already a person)</span>
        </label>
      )}
    </>
  );
}
