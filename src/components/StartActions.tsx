import '../stores/boot';
import { useStore } from '@nanostores/react';
import { useRef, useState } from 'react';
import { planHasContent, summarizePlan } from '../domain/event-rules';
import type { Plan } from '../domain/plan';
import type { Restored } from '../domain/restore';
import { openPlan, readPlanFile, savePlanFile } from '../stores/files';
import { $hadSavedPlan } from '../stores/persistence';
import { $plan, startNewPlan } from '../stores/plan';
import { ConfirmDialog } from './ui/ConfirmDialog';

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

/** Start a new plan, continue the saved one, open or save a plan file. */
export default function StartActions() {
  const plan = useStore($plan);
  const hadSaved = useStore($hadSavedPlan);
  const [confirmNew, setConfirmNew] = useState(false);
  const [pending, setPending] = useState<Restored | null>(null);
  const [fileError, setFileError] = useState('');
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const hasContent = planHasContent(plan);

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
    setPending(result.value);
  };

  return (
    <section aria-labelledby="start-actions-heading">
      <h2 id="start-actions-heading">Your plan</h2>
      {hasContent ? (
        <p>
          {hadSaved ? 'Continue where you left off: ' : 'You are working on '}
          <strong>{summarizePlan(plan).title}</strong>. Everything you type is saved in this browser as you go.
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
        <button type="button" className="secondary" onClick={() => (hasContent ? setConfirmNew(true) : startNewPlan())}>
          Start a new plan
        </button>
        <label className="button secondary" style={{ marginBottom: 0, fontWeight: 400 }}>
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
          startNewPlan();
          setConfirmNew(false);
          setMessage('Started a new plan.');
        }}
        onCancel={() => setConfirmNew(false)}
      >
        <p>This replaces your current plan in this browser:</p>
        <PlanSummary plan={plan} />
        <p>Save a copy as a file first if you may want it again.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending !== null}
        title="Open this plan?"
        confirmLabel="Replace my plan with this one"
        onConfirm={() => {
          if (pending) openPlan(pending.plan);
          setPending(null);
          setMessage(`The plan file was opened.${pending?.notice ? ` ${pending.notice}` : ''}`);
        }}
        onCancel={() => {
          setPending(null);
          setMessage('Nothing was changed.');
        }}
      >
        <p>The file holds:</p>
        {pending && <PlanSummary plan={pending.plan} />}
        {pending?.notice && <p className="notice warn">{pending.notice}</p>}
        {hasContent && <p>It will replace the plan you have now ({summarizePlan(plan).title}).</p>}
      </ConfirmDialog>
    </section>
  );
}
