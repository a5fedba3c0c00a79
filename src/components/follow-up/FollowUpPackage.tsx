import { lazy, Suspense, useState } from 'react';
import type { CommitmentTasks } from '../../domain/commitment-tasks';
import type { FollowUpKind } from '../../export/follow-up-files';
import type { FollowUpContent } from '../../export/follow-up-view';
import type { ExportStatus } from '../../stores/exports';
import type { FollowUpEmail } from '../../stores/follow-up-files';

/** The package's actions load with the first click, so the page ships none of them. */
const actions = () => import('../../stores/follow-up-files');
/** Shown once the email text is written, so it loads with it. */
const EmailText = lazy(() => import('./EmailText'));

interface Props {
  content: FollowUpContent;
  printHref: string;
  checklistHref: string;
}

const FILES: { kind: FollowUpKind; label: string }[] = [
  { kind: 'summary-docx', label: 'Summary (.docx)' },
  { kind: 'summary-md', label: 'Summary (Markdown)' },
  { kind: 'commitments-csv', label: 'Commitments (CSV)' },
  { kind: 'follow-up-ics', label: 'Next meeting and due dates (.ics)' },
  { kind: 'thanks-csv', label: 'Thank-you list (CSV)' },
];

function taskMessage({ added, updated, skipped }: CommitmentTasks): string {
  const parts = [
    added ? `Added ${added} ${added === 1 ? 'task' : 'tasks'} to the checklist.` : '',
    updated ? `Brought ${updated} ${updated === 1 ? 'task' : 'tasks'} up to date.` : '',
    !added && !updated ? 'The checklist already has every commitment.' : '',
    skipped ? `Left out ${skipped}: no “what” written, or the checklist is full.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Everything to send after the event, from one place: print, documents, email, files, tasks. */
export function FollowUpPackage({ content, printHref, checklistHref }: Props) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const [email, setEmail] = useState<FollowUpEmail | null>(null);
  const [tasks, setTasks] = useState('');
  const busy = status.kind === 'working';
  const save = (kind: FollowUpKind, label: string) => {
    setStatus({ kind: 'working', target: `follow-up:${kind}`, label, message: `Making “${label}”…` });
    void actions()
      .then(({ exportFollowUp }) => exportFollowUp(kind, content, new Date(), label))
      .then(setStatus, (error: Error) =>
        setStatus({ kind: 'error', message: `The file could not be made (${error.message}).` }),
      );
  };
  return (
    <>
      <p>
        <a href={printHref}>Print the summary</a>
        <span className="hint">
          {' '}
          — goals agreed, commitments by organization, what was heard, next meeting, thanks.
        </span>
      </p>
      <ul className="export-buttons">
        {FILES.map((file) => (
          <li key={file.kind}>
            <button
              type="button"
              className="secondary"
              aria-disabled={busy || undefined}
              onClick={() => busy || save(file.kind, file.label)}
            >
              {file.label}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className={`export-status ${status.kind}`}>
        {status.kind === 'idle' ? '' : status.message}
      </p>
      <h3>Email</h3>
      <button
        type="button"
        className="secondary"
        onClick={() => void actions().then(({ prepareEmail }) => prepareEmail(content).then(setEmail))}
      >
        {email ? 'Write the email text again' : 'Write the email text'}
      </button>
      {email && (
        <Suspense fallback={null}>
          <EmailText email={email} />
        </Suspense>
      )}
      <h3>Checklist</h3>
      <p className="hint">
        Each commitment becomes an “after the event” task with its person as owner and its date as due date. Doing it
        again updates those tasks instead of adding them twice.
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => void actions().then(({ commitmentsToTasks }) => setTasks(taskMessage(commitmentsToTasks())))}
      >
        Add the commitments to the checklist
      </button>
      <p role="status">
        {tasks}
        {tasks && (
          <>
            {' '}
            <a href={checklistHref}>Open the checklist</a>
          </>
        )}
      </p>
    </>
  );
}
