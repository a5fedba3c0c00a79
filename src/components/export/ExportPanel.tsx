import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { ExportContent, ExportKind } from '../../export/build-files';
import { $exportStatus, exportEverything, exportFile, ZIP_LABEL, type ExportTarget } from '../../stores/exports';

interface Props {
  toolkit: ExportContent;
}

interface FileButton {
  kind: ExportKind;
  label: string;
}

const GROUPS: { id: string; title: string; hint: string; files: FileButton[] }[] = [
  {
    id: 'exp-agenda',
    title: 'Agenda documents',
    hint: 'Editable in Word, Google Docs or any text editor. The facilitator version adds leads, notes, materials and prompts.',
    files: [
      { kind: 'agenda-docx', label: 'Agenda (.docx)' },
      { kind: 'facilitator-docx', label: 'Facilitator agenda (.docx)' },
      { kind: 'agenda-md', label: 'Agenda (Markdown)' },
      { kind: 'facilitator-md', label: 'Facilitator agenda (Markdown)' },
    ],
  },
  {
    id: 'exp-sheets',
    title: 'Handouts, worksheet and pre-work',
    hint: 'The same sheets as the print pages, to edit before printing or to send: a handout per session with what you chose on the Goals page, the asset worksheet with your notes, and the pre-work packet.',
    files: [
      { kind: 'handouts-docx', label: 'Facilitator handouts (.docx)' },
      { kind: 'handouts-md', label: 'Facilitator handouts (Markdown)' },
      { kind: 'worksheet-docx', label: 'Asset worksheet (.docx)' },
      { kind: 'worksheet-md', label: 'Asset worksheet (Markdown)' },
      { kind: 'prework-docx', label: 'Pre-work packet (.docx)' },
      { kind: 'prework-md', label: 'Pre-work packet (Markdown)' },
    ],
  },
  {
    id: 'exp-calendar',
    title: 'Calendar files (.ics)',
    hint: 'Open them in Outlook, Google Calendar or Apple Calendar. Times are fixed to the venue time zone, whatever zone this computer is in; exporting again updates the same events.',
    files: [
      { kind: 'days-ics', label: 'Event days, for invitees' },
      { kind: 'items-ics', label: 'Every agenda item, for facilitators' },
      { kind: 'reminders-ics', label: 'Checklist reminders (all-day)' },
    ],
  },
  {
    id: 'exp-lists',
    title: 'Checklist, invitees and the plan',
    hint: 'The plan file opens again on the Start page, here or on another computer.',
    files: [
      { kind: 'checklist-csv', label: 'Checklist (CSV)' },
      { kind: 'checklist-md', label: 'Checklist (Markdown)' },
      { kind: 'invitees-csv', label: 'Invitee list (CSV)' },
      { kind: 'plan-json', label: 'Plan file (.json)' },
    ],
  },
];

const BUSY_NOTE_ID = 'export-busy-note';

/**
 * A download button. While a file is being made every button looks unavailable but keeps focus
 * (aria-disabled, not disabled); the one making its file says so (aria-busy), and a click on any
 * of them is answered in the status region instead of being ignored.
 */
function DownloadButton({
  target,
  label,
  working,
  className,
  onClick,
}: {
  target: ExportTarget;
  label: string;
  working: ExportTarget | null;
  className?: string;
  onClick: () => void;
}) {
  const mine = working === target;
  return (
    <button
      type="button"
      className={className}
      aria-disabled={working ? true : undefined}
      aria-busy={mine || undefined}
      aria-describedby={working ? BUSY_NOTE_ID : undefined}
      onClick={onClick}
    >
      {label}
      {mine && <span aria-hidden="true"> (making…)</span>}
    </button>
  );
}

/** Download buttons for every export, plus one .zip of everything; results announced in a status region. */
export default function ExportPanel({ toolkit }: Props) {
  const status = useStore($exportStatus);
  const working = status.kind === 'working' ? status.target : null;
  return (
    <section aria-labelledby="exp-heading" className="export-panel">
      <h2 id="exp-heading">Download files</h2>
      <div className="export-groups">
        {GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={group.id} className="card">
            <h3 id={group.id}>{group.title}</h3>
            <p className="hint">{group.hint}</p>
            <ul className="export-buttons">
              {group.files.map((file) => (
                <li key={file.kind}>
                  <DownloadButton
                    target={file.kind}
                    label={file.label}
                    working={working}
                    className="secondary"
                    onClick={() => void exportFile(file.kind, toolkit, { label: file.label })}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="actions export-all">
        <DownloadButton
          target="zip"
          label={ZIP_LABEL}
          working={working}
          onClick={() => void exportEverything(toolkit)}
        />
      </div>
      <p id={BUSY_NOTE_ID} className="hint" hidden={!working}>
        {status.kind === 'working' &&
          `Making “${status.label}”. One file at a time: the buttons work again when it is ready.`}
      </p>
      <p role="status" className={`export-status ${status.kind}`}>
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </section>
  );
}
