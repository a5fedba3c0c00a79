import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState } from 'react';
import { planHasContent, summarizePlan } from '../../domain/event-rules';
import type { Plan } from '../../domain/plan';
import type { Restored } from '../../domain/restore';
import { readPlanFile, savePlanFile } from '../../stores/files';
import { $hadSavedPlan, $saveStatus } from '../../stores/persistence';
import { openPlanFromFile, savedCopyOf, startNewPlan } from '../../stores/plan-list';
import { $plan } from '../../stores/plan';
import { copyShareLink, takeSharedPlan, type ShareOutcome } from '../../stores/share';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { planIsland } from '../ui/plan-island';

function PlanSummary({ plan }: { plan: Plan }) {
  const s = summarizePlan(plan);
  return (
    <ul>
      <li>Event: {s.title}</li>
      <li>Days: {s.days}</li>
      <li>
        {s.goals} goals, {s.items} agenda items, {s.invitees} invitees, {s.tasks} checklist tasks
      </li>
    </ul>
  );
}

/** The open plan: continue it, start a new one, open or save a plan file. */
export function StartActionsView() {
  const plan = useStore($plan);
  const hadSaved = useStore($hadSavedPlan);
  const status = useStore($saveStatus).kind;
  // With no storage, the plan in this tab is the only copy: replacing it asks first.
  const memoryOnly = status === 'memory-only';
  const [confirmNew, setConfirmNew] = useState(false);
  const [pending, setPending] = useState<Restored | null>(null);
  // Where the plan waiting to be confirmed came from: a chosen file or a share link.
  const [pendingFrom, setPendingFrom] = useState<'file' | 'link'>('file');
  const [share, setShare] = useState<ShareOutcome | null>(null);
  const [fileError, setFileError] = useState('');
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const hasContent = planHasContent(plan);
  const savedCopy = pending && savedCopyOf(pending.plan);

  // Opened from a share link: the plan in it waits for the same question as a plan file.
  useEffect(() => {
    void takeSharedPlan().then((result) => {
      if (!result) return;
      if (!result.ok) {
        setFileError(`The share link was not opened. ${result.error} Your current plan is unchanged.`);
        return;
      }
      setPendingFrom('link');
      setPending(result.value);
    });
  }, []);

  const onFile = async (file: File | undefined) => {
    setFileError('');
    setMessage('');
    if (!file) return;
    const result = await readPlanFile(file);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setFileError(`"${file.name}" was not opened. ${result.error} Your current plan is unchanged.`);
      return;
    }
    setPendingFrom('file');
    setPending(result.value);
  };
  const onShare = async () => {
    setShare(null);
    setShare(await copyShareLink());
  };
  const report = (result: { ok: true } | { ok: false; error: string }, done: string) =>
    setMessage(result.ok ? done : result.error);
  const startNew = async () =>
    report(
      await startNewPlan(),
      memoryOnly ? 'Started a new plan.' : 'Started a new plan. The one you had is kept in your saved plans.',
    );

  return (
    <section aria-labelledby="start-actions-heading">
      <h2 id="start-actions-heading">Your plan</h2>
      {/* The frame (see PlanFrame.astro) is this view rendered before the plan is read. */}
      {status === 'starting' ? (
        <p>Loading your saved plan…</p>
      ) : hasContent ? (
        <p>
          {hadSaved ? 'Continue where you left off: ' : 'You are working on '}
          <strong>{summarizePlan(plan).title}</strong>.{' '}
          {memoryOnly
            ? 'This browser keeps nothing: save a plan file to keep it.'
            : 'Everything you type is saved in this browser as you go.'}
        </p>
      ) : (
        <p>Fill in the event basics below to start a plan, or open a plan file you saved before.</p>
      )}
      <div className="actions">
        {hasContent && (
          <a className="button" href="goals/">
            Continue planning
          </a>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => (memoryOnly && hasContent ? setConfirmNew(true) : void startNew())}
        >
          Start a new plan
        </button>
        <label className="button secondary file-button">
          Open a plan file…
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button type="button" className="secondary" onClick={() => savePlanFile()}>
          Save plan file
        </button>
        <button type="button" className="secondary" onClick={() => void onShare()}>
          Copy share link
        </button>
      </div>
      <div role="status">
        {share && (
          <div className={share.kind === 'too-long' ? 'notice warn' : 'hint'}>
            <p>{share.text}</p>
            {share.kind === 'shown' && (
              <input className="share-link" readOnly aria-label="Share link" value={share.link} />
            )}
            {share.kind === 'too-long' && (
              <button type="button" className="secondary" onClick={() => savePlanFile()}>
                Save the plan file to send
              </button>
            )}
          </div>
        )}
      </div>
      {fileError && (
        <div className="notice error" role="alert">
          <p>{fileError}</p>
        </div>
      )}
      <p role="status" className="hint">
        {message}
      </p>
      <ConfirmDialog
        open={confirmNew}
        title="Start a new plan?"
        confirmLabel="Start a new plan"
        danger
        extra={
          <button type="button" className="secondary" onClick={() => savePlanFile()}>
            Save a copy first
          </button>
        }
        onConfirm={() => {
          setConfirmNew(false);
          void startNew();
        }}
        onCancel={() => setConfirmNew(false)}
      >
        <p>This browser keeps nothing, so this plan will be gone:</p>
        <PlanSummary plan={plan} />
        <p>Save a copy as a file first if you may want it again.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending !== null}
        title="Open this plan?"
        confirmLabel={savedCopy ? 'Replace the saved copy' : 'Open this plan'}
        onConfirm={async () => {
          const chosen = pending;
          setPending(null);
          if (chosen) {
            const what = pendingFrom === 'link' ? 'The shared plan was opened.' : 'The plan file was opened.';
            const opened = `${what}${chosen.notice ? ` ${chosen.notice}` : ''}`;
            report(await openPlanFromFile(chosen.plan), opened);
          }
        }}
        onCancel={() => {
          setPending(null);
          setMessage('Nothing was changed.');
        }}
      >
        <p>{pendingFrom === 'link' ? 'The link holds:' : 'The file holds:'}</p>
        {pending && <PlanSummary plan={pending.plan} />}
        {pending?.notice && <p className="notice warn">{pending.notice}</p>}
        {savedCopy ? (
          <p>
            This browser already has this plan, last saved {new Date(savedCopy.savedAt).toLocaleString()}. Opening the{' '}
            {pendingFrom} replaces that saved copy with the {pendingFrom}'s version.
          </p>
        ) : (
          hasContent &&
          (memoryOnly ? (
            <p>It replaces the plan you have now ({summarizePlan(plan).title}), which this browser does not keep.</p>
          ) : (
            <p>It opens as a plan of its own; {summarizePlan(plan).title} stays in your saved plans.</p>
          ))
        )}
      </ConfirmDialog>
    </section>
  );
}

/** The island: the page's frame until the saved plan is read, then StartActionsView. */
export default planIsland(StartActionsView);
