import type { RefObject } from 'react';

interface Props {
  fileInput: RefObject<HTMLInputElement>;
  pasted: string;
  onPasted: (text: string) => void;
  onFile: (file: File | undefined) => void;
  onReadPasted: () => void;
}

/** Where the rows come from: a CSV file through the file picker, or text pasted from a spreadsheet. */
export function ImportSource({ fileInput, pasted, onPasted, onFile, onReadPasted }: Props) {
  return (
    <>
      <div className="actions">
        <label className="button secondary file-button">
          Choose a CSV file…
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            onChange={(e) => onFile(e.target.files?.[0])}
          />
        </label>
      </div>
      <div className="field">
        <label htmlFor="import-paste">Or paste rows from a spreadsheet (with the header row)</label>
        <textarea id="import-paste" rows={3} value={pasted} onChange={(e) => onPasted(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" className="secondary" disabled={pasted.trim() === ''} onClick={onReadPasted}>
          Read pasted rows
        </button>
      </div>
    </>
  );
}
