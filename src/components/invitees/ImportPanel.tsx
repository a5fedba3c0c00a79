import { useMemo, useRef, useState } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import { columnCount, guessMapping, mappingProblems, type ColumnMapping } from '../../domain/csv-columns';
import { decodeCsvBytes, stripBom, type TextEncodingName } from '../../domain/csv-decode';
import type { CsvTable, Delimiter } from '../../domain/csv-parse';
import { buildImportPreview, type DuplicateChoice } from '../../domain/csv-rows';
import type { Invitee } from '../../domain/plan';
import { readFileBytes } from '../../platform/read-file';
import { dataRowCount, importSummary } from '../../domain/invitee-import';
import { importInvitees } from '../../stores/invitees';
import { ImportMapping } from './ImportMapping';
import { ImportOptions } from './ImportOptions';
import { ImportPreview } from './ImportPreview';
import { ImportSource } from './ImportSource';
import { focusSoon } from '../ui/focus';

/** papaparse is loaded only when someone imports. */
const loadCsv = () => import('../../domain/csv-parse');

interface Loaded {
  source: string;
  text: string;
  encoding: TextEncodingName | null;
  table: CsvTable;
  mapping: ColumnMapping;
  /** Whether row 1 holds column names (rows pasted without a header do not). */
  hasHeader: boolean;
}

/** Guessed from the header, or one unchosen column each when there is no header. */
const mappingFor = (table: CsvTable, hasHeader: boolean): ColumnMapping =>
  hasHeader ? guessMapping(table.rows[0] ?? []) : Array.from({ length: columnCount(table.rows) }, () => null);

interface Props {
  invitees: Invitee[];
  categories: StakeholderCategory[];
  announce: (message: string) => void;
}

/** Import from a CSV file or pasted spreadsheet rows: read, match columns, preview, confirm. */
export function ImportPanel({ invitees, categories, announce }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pasted, setPasted] = useState('');
  const [defaultCategory, setDefaultCategory] = useState('other');
  const [choice, setChoice] = useState<DuplicateChoice>('skip');
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const start = async (source: string, text: string, encoding: TextEncodingName | null) => {
    setError('');
    const parser = await loadCsv().catch(() => null);
    if (!parser) {
      setError('The CSV reader could not be loaded. Reload the page and try again; nothing was changed.');
      return;
    }
    const table = parser.parseCsv(text);
    setLoaded({ source, text, encoding, table, mapping: mappingFor(table, true), hasHeader: true });
    setChoice('skip');
    requestAnimationFrame(() => heading.current?.focus());
  };
  const onFile = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    try {
      const decoded = decodeCsvBytes(await readFileBytes(file));
      await start(`the file "${file.name}"`, decoded.text, decoded.encoding);
    } catch {
      setLoaded(null);
      setError(`"${file.name}" could not be read. Check that it is a CSV file and try again; nothing was changed.`);
    }
  };
  const setDelimiter = async (delimiter: Delimiter) => {
    if (!loaded) return;
    setError('');
    try {
      const { parseCsv } = await loadCsv();
      const table = parseCsv(loaded.text, delimiter);
      setLoaded({ ...loaded, table, mapping: mappingFor(table, loaded.hasHeader) });
    } catch {
      setError(
        'The rows could not be read again with that separator. Reload the page and try again; nothing was changed.',
      );
    }
  };
  const close = (message: string) => {
    setLoaded(null);
    setError('');
    focusSoon('list-heading');
    if (fileInput.current) fileInput.current.value = '';
    announce(message);
  };

  const problems = useMemo(() => (loaded ? mappingProblems(loaded.mapping) : []), [loaded]);
  const dataRows = loaded ? dataRowCount(loaded.table, loaded.hasHeader) : 0;
  const preview = useMemo(
    () =>
      loaded && dataRows > 0 && problems.length === 0
        ? buildImportPreview(loaded.table, loaded.mapping, invitees, {
            categories,
            defaultCategory,
            hasHeader: loaded.hasHeader,
          })
        : null,
    [loaded, dataRows, problems, invitees, categories, defaultCategory],
  );
  const summary = importSummary(preview, choice);

  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Add people from a file or a spreadsheet</h2>
      <p className="hint">
        A CSV file from Excel, Google Sheets, Outlook or Google Contacts, or rows copied from a spreadsheet. You see
        what will happen before anything changes.
      </p>
      <ImportSource
        fileInput={fileInput}
        pasted={pasted}
        onPasted={setPasted}
        onFile={(file) => void onFile(file)}
        onReadPasted={() => void start('the pasted rows', stripBom(pasted), null)}
      />
      {error && (
        <div className="notice error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {loaded && (
        <div className="card import-wizard">
          <h3 ref={heading} tabIndex={-1}>
            Check the import from {loaded.source}
          </h3>
          <ImportOptions
            source={loaded.source}
            encoding={loaded.encoding}
            table={loaded.table}
            hasHeader={loaded.hasHeader}
            onDelimiter={(delimiter) => void setDelimiter(delimiter)}
            onHeader={(hasHeader) => setLoaded({ ...loaded, hasHeader, mapping: mappingFor(loaded.table, hasHeader) })}
          />
          {loaded.table.rows.length === 1 && loaded.hasHeader && (
            <p className="notice warn">There is only a header row in {loaded.source}, no people.</p>
          )}
          {dataRows > 0 && (
            <ImportMapping
              headers={loaded.hasHeader ? (loaded.table.rows[0] ?? []) : []}
              sample={loaded.table.rows[loaded.hasHeader ? 1 : 0] ?? []}
              mapping={loaded.mapping}
              onChange={(mapping) => setLoaded({ ...loaded, mapping })}
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
              hasHeader={loaded.hasHeader}
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
                  setError(result.error);
                  return;
                }
                setPasted('');
                close(`Imported: ${result.added} added, ${result.updated} updated. Undo takes the whole import back.`);
              }}
            >
              Import {summary.total} people
            </button>
            <button type="button" className="secondary" onClick={() => close('Import cancelled; nothing changed.')}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
