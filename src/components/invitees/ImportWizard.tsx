import { useEffect, useMemo, useRef, useState } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import { columnCount, guessMapping, mappingProblems, type ColumnMapping } from '../../domain/csv-columns';
import type { TextEncodingName } from '../../domain/csv-decode';
import { parseCsv, type CsvTable, type Delimiter } from '../../domain/csv-parse';
import { buildImportPreview, type DuplicateChoice } from '../../domain/csv-rows';
import { dataRowCount, importSummary } from '../../domain/invitee-import';
import type { Invitee } from '../../domain/plan';
import { importInvitees } from '../../stores/invitees';
import { ImportMapping } from './ImportMapping';
import { ImportOptions } from './ImportOptions';
import { ImportPreview } from './ImportPreview';

interface Parsed {
  table: CsvTable;
  mapping: ColumnMapping;
  /** Whether row 1 holds column names (rows pasted without a header do not). */
  hasHeader: boolean;
}

function parse(text: string, delimiter: Delimiter | undefined, hasHeader: boolean): Parsed {
  const table = parseCsv(text, delimiter);
  return { table, mapping: mappingFor(table, hasHeader), hasHeader };
}

/** Guessed from the header, or one unchosen column each when there is no header. */
const mappingFor = (table: CsvTable, hasHeader: boolean): ColumnMapping =>
  hasHeader ? guessMapping(table.rows[0] ?? []) : Array.from({ length: columnCount(table.rows) }, () => null);

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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    requestAnimationFrame(() => heading.current?.focus());
  }, []);

  const problems = useMemo(() => mappingProblems(parsed.mapping), [parsed]);
  const dataRows = dataRowCount(parsed.table, parsed.hasHeader);
  const preview = useMemo(
    () =>
      dataRows > 0 && problems.length === 0
        ? buildImportPreview(parsed.table, parsed.mapping, invitees, {
            categories,
            defaultCategory,
            hasHeader: parsed.hasHeader,
          })
        : null,
    [parsed, dataRows, problems, invitees, categories, defaultCategory],
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
        hasHeader={parsed.hasHeader}
        onDelimiter={(delimiter) => setParsed(parse(text, delimiter, parsed.hasHeader))}
        onHeader={(hasHeader) => setParsed({ ...parsed, hasHeader, mapping: mappingFor(parsed.table, hasHeader) })}
      />
      {parsed.table.rows.length === 1 && parsed.hasHeader && (
        <p className="notice warn">There is only a header row in {source}, no people.</p>
      )}
      {dataRows > 0 && (
        <ImportMapping
          headers={parsed.hasHeader ? (parsed.table.rows[0] ?? []) : []}
          sample={parsed.table.rows[parsed.hasHeader ? 1 : 0] ?? []}
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
          hasHeader={parsed.hasHeader}
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
            onClose(
              `Imported: ${result.value.added} added, ${result.value.updated} updated. Undo takes the whole import back.`,
              true,
            );
          }}
        >
          Import {summary.total} people
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
