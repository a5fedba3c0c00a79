import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { ExportContent, ExportKind } from '../../export/build-files';
import { $exportStatus, exportEverything, exportFile } from '../../stores/exports';

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

/** Download buttons for every export, plus one .zip of everything; results announced in a status region. */
export default function ExportPanel({ toolkit }: Props) {
  const status = useStore($exportStatus);
  // Buttons stay enabled while a file is made: disabling a focused button drops keyboard focus.
  const busy = status.kind === 'working';
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
                  <button
                    type="button"
                    className="secondary"
                    aria-disabled={busy || undefined}
                    onClick={() => busy || void exportFile(file.kind, toolkit)}
                  >
                    {file.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="actions export-all">
        <button type="button" aria-disabled={busy || undefined} onClick={() => busy || void exportEverything(toolkit)}>
          Download everything (.zip)
        </button>
      </div>
      <p role="status" className={`export-status ${status.kind}`}>
        {status.kind === 'idle' ? '' : status.message}
      </p>
    </section>
  );
}
