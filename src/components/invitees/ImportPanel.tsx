import { lazy, Suspense, useRef, useState } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import type { TextEncodingName } from '../../domain/csv-decode';
import type { Invitee } from '../../domain/plan';
import { readImportFile as readFileBytes } from '../../stores/files';
import { focusSoon } from '../ui/focus';
import { ImportSource } from './ImportSource';

const ImportWizard = lazy(() => import('./ImportWizard'));
// The decoder comes with the first import, like the wizard, not with the page.
const decoder = () => import('../../domain/csv-decode');

interface Opened {
  /** Tells one opened source from the next, so each gets a fresh wizard. */
  key: number;
  source: string;
  text: string;
  encoding: TextEncodingName | null;
}

interface Props {
  invitees: Invitee[];
  categories: StakeholderCategory[];
  announce: (message: string) => void;
}

/** Import from a CSV file or pasted spreadsheet rows: read, then hand over to the wizard. */
export function ImportPanel({ invitees, categories, announce }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const open = (source: string, text: string, encoding: TextEncodingName | null) => {
    setError('');
    setOpened((previous) => ({ key: (previous?.key ?? 0) + 1, source, text, encoding }));
  };
  const onFile = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    const read = await readFileBytes(file);
    if (!read.ok) {
      setOpened(null);
      setError(`"${file.name}" could not be read. Check that it is a CSV file and try again; nothing was changed.`);
      return;
    }
    const decoded = (await decoder()).decodeCsvBytes(read.value);
    open(`the file "${file.name}"`, decoded.text, decoded.encoding);
  };
  const close = (message: string, imported: boolean) => {
    setOpened(null);
    setError('');
    if (imported) setPasted('');
    focusSoon('list-heading');
    if (fileInput.current) fileInput.current.value = '';
    announce(message);
  };

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
        onReadPasted={async () => open('the pasted rows', (await decoder()).stripBom(pasted), null)}
      />
      {error && (
        <div className="notice error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {opened && (
        <Suspense fallback={<p role="status">Opening the import…</p>}>
          <ImportWizard
            key={opened.key}
            source={opened.source}
            text={opened.text}
            encoding={opened.encoding}
            invitees={invitees}
            categories={categories}
            onClose={close}
            onError={setError}
          />
        </Suspense>
      )}
    </section>
  );
}
