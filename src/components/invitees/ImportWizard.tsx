import { useEffect, useMemo, useRef, useState } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import {
  columnCount,
  findHeaderRow,
  guessMapping,
  mappingProblems,
  type ColumnMapping,
} from '../../domain/csv-columns';
import type { TextEncodingName } from '../../domain/csv-decode';
import { parseCsv, type CsvTable, type Delimiter } from '../../domain/csv-parse';
import { buildImportPreview, type DuplicateChoice } from '../../domain/csv-rows';
import { dataRowCount, importSummary, peopleCount } from '../../domain/invitee-import';
import type { Invitee } from '../../domain/plan';
import { importInvitees } from '../../stores/invitees';
import { ImportMapping } from './ImportMapping';
import { ImportOptions } from './ImportOptions';
import { ImportPreview } from './ImportPreview';

interface Parsed {
  table: CsvTable;
  mapping: ColumnMapping;
  /** The row (0-based) with the column names, or null (rows pasted without a header). */
  headerRow: number | null;
}

/** Reads the text; the column names are looked for below any notes at the top. */
function parse(text: string, delimiter: Delimiter | undefined, hasHeader: boolean): Parsed {
  const table = parseCsv(text, delimiter);
  const headerRow = hasHeader ? findHeaderRow(table.rows) : null;
  return { table, mapping: mappingFor(table, headerRow), headerRow };
}

/** Guessed from the header, or one unchosen column each when there is no header. */
const mappingFor = (table: CsvTable, headerRow: number | null): ColumnMapping =>
  headerRow !== null
    ? guessMapping(table.rows[headerRow] ?? [])
    : Array.from({ length: columnCount(table.rows) }, () => null);

export interface ImportWizardProps {
  source: string;
  text: string;
  encoding: TextEncodingName | null;
  invitees: Invitee[];
  categories: StakeholderCategory[];
  /** The wizard is done: imported (`imported` true) or cancelled, with the message to announce. */
  onClose: (message: string, imported: boolean) => void;
  onError: (message: string) => void;
}

/**
 * Match columns, preview and confirm an import. Loaded with React.lazy only when a file or
 * pasted rows arrive, so the CSV rules and papaparse are not part of the page's first load.
 */
export default function ImportWizard({
  source,
  text,
  encoding,
  invitees,
  categories,
  onClose,
  onError,
}: ImportWizardProps) {
  // papaparse comes with this lazily loaded module, so reading the rows can be synchronous.
  const [parsed, setParsed] = useState<Parsed>(() => parse(text, undefined, true));
  const [defaultCategory, setDefaultCategory] = useState('other');
  const [choice, setChoice] = useState<DuplicateChoice>('skip');
  // Where each unknown category value goes, by its key; unchosen ones go to the fallback.
  const [categoryChoices, setCategoryChoices] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    requestAnimationFrame(() => heading.current?.focus());
  }, []);

  const problems = useMemo(() => mappingProblems(parsed.mapping), [parsed]);
  const dataRows = dataRowCount(parsed.table, parsed.headerRow);
  const headers = parsed.headerRow === null ? [] : (parsed.table.rows[parsed.headerRow] ?? []);
  const firstData = parsed.headerRow === null ? 0 : parsed.headerRow + 1;
  const preview = useMemo(
    () =>
      dataRows > 0 && problems.length === 0
        ? buildImportPreview(parsed.table, parsed.mapping, invitees, {
            categories,
            defaultCategory,
            headerRow: parsed.headerRow,
            categoryChoices,
          })
        : null,
    [parsed, dataRows, problems, invitees, categories, defaultCategory, categoryChoices],
  );
  const summary = importSummary(preview, choice);

  return (
    <div className="card import-wizard">
      <h3 ref={heading} tabIndex={-1}>
        Check the import from {source}
      </h3>
      <ImportOptions
        source={source}
        encoding={encoding}
        table={parsed.table}
        headerRow={parsed.headerRow}
        onDelimiter={(delimiter) => setParsed(parse(text, delimiter, parsed.headerRow !== null))}
        onHeaderRow={(headerRow) => setParsed({ ...parsed, headerRow, mapping: mappingFor(parsed.table, headerRow) })}
      />
      {parsed.table.rows.length === 1 && parsed.headerRow !== null && (
        <p className="notice warn">There is only a header row in {source}, no people.</p>
      )}
      {dataRows > 0 && (
        <ImportMapping
          headers={headers}
          sample={parsed.table.rows[firstData] ?? []}
          mapping={parsed.mapping}
          onChange={(mapping) => setParsed({ ...parsed, mapping })}
          categories={categories}
          defaultCategory={defaultCategory}
          onDefaultCategory={setDefaultCategory}
        />
      )}
      {dataRows > 0 && problems.length > 0 && (
        <div className="notice error">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {preview && (
        <ImportPreview
          preview={preview}
          categories={categories}
          choice={choice}
          onChoice={setChoice}
          headerRow={parsed.headerRow}
          onCategoryChoice={(key, category) => setCategoryChoices({ ...categoryChoices, [key]: category })}
        />
      )}
      <div className="actions">
        <button
          type="button"
          disabled={!summary.canImport}
          onClick={() => {
            if (!preview) return;
            const result = importInvitees(preview, choice);
            if (!result.ok) {
              onError(result.error);
              return;
            }
            const { added, updated } = result.value;
            onClose(
              `Imported: ${peopleCount(added)} added, ${peopleCount(updated)} updated. Undo takes the whole import back.`,
              true,
            );
          }}
        >
          Import {peopleCount(summary.total)}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => onClose('Import cancelled; nothing changed.', false)}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
