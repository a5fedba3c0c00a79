import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import type { ChecklistTemplate } from '../../domain/content-schemas';
import {
  datedChecklist,
  datedDays,
  isOverdue,
  missingSuggestedItems,
  whenText,
  type DatedChecklistItem,
} from '../../domain/checklist';
import { dateText, longDate, shortDate } from '../../domain/dates';
import { movedNote } from '../../domain/due-dates';
import { addSuggestedTasks, deleteTask, setTaskDone, setTaskOwner } from '../../stores/checklist';
import { $plan } from '../../stores/plan';
import { ChecklistAddForm } from './ChecklistAddForm';
import { planIsland } from '../ui/plan-island';

interface Props {
  templates: ChecklistTemplate[];
  printHref: string;
  startHref: string;
}

function TaskRow({
  entry,
  fromToolkit,
  today,
  onDelete,
}: {
  entry: DatedChecklistItem;
  fromToolkit: boolean;
  today: string;
  onDelete: () => void;
}) {
  const { item, due, movedFrom } = entry;
  const when = whenText(item.phase, item.offsetDays);
  const overdue = !item.done && isOverdue(due, today);
  return (
    <li className={`task${item.done ? ' is-done' : ''}`}>
      <label className="check task-title">
        <input type="checkbox" checked={item.done} onChange={(e) => setTaskDone(item.id, e.target.checked)} />
        <span>
          {item.title}
          {fromToolkit && <span className="tag">toolkit tip</span>}
        </span>
      </label>
      <p className="task-when">
        {due ? (
          <>
            Due{' '}
            <time dateTime={due} title={longDate(due)}>
              {shortDate(due)}
            </time>
            <br />
            {when.toLowerCase()}
            {movedFrom && <span className="task-moved">{movedNote(movedFrom)}</span>}
            {overdue && <strong className="task-overdue">Overdue</strong>}
          </>
        ) : (
          when
        )}
      </p>
      <label className="task-owner">
        <span className="visually-hidden">Owner of “{item.title}”</span>
        <span aria-hidden="true">Owner </span>
        <input type="text" value={item.owner} maxLength={200} onChange={(e) => setTaskOwner(item.id, e.target.value)} />
      </label>
      <button type="button" className="small secondary" onClick={onDelete} aria-label={`Delete “${item.title}”`}>
        Delete
      </button>
    </li>
  );
}

/** The planning checklist: suggested and own tasks with due dates, owners and done state. */
export function ChecklistEditorView({ templates, printHref, startHref }: Props) {
  const plan = useStore($plan);
  const [message, setMessage] = useState('');
  const { days } = plan;
  const { preWork } = plan.event;
  const dated = datedChecklist(plan.checklist, days, preWork);
  const missing = missingSuggestedItems(plan.checklist, templates, preWork).length;
  const toolkitIds = new Set(templates.filter((t) => t.fromToolkit).map((t) => t.id));
  const hasDates = datedDays(days).length > 0;
  const open = dated.filter(({ item }) => !item.done).length;
  // Rendered only in the browser, once the plan is read (planIsland), so no server date is baked in.
  const today = dateText(new Date());

  return (
    <section aria-labelledby="cl-heading" className="checklist-editor">
      <h2 id="cl-heading" tabIndex={-1}>
        Tasks
      </h2>
      <p className="hint">
        {dated.length} {dated.length === 1 ? 'task' : 'tasks'}, {open} still open. Due dates move with the event dates.{' '}
        <a href={printHref}>Print the checklist</a>
      </p>
      {!hasDates && (
        <p className="notice warn">
          Set the event dates on the <a href={startHref}>Start page</a> to see when each task is due.
        </p>
      )}
      {missing > 0 && (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              const added = addSuggestedTasks(templates, preWork);
              setMessage(`Added ${added} suggested ${added === 1 ? 'task' : 'tasks'}.`);
              // The button disappears once nothing is missing; keep focus in the checklist.
              document.getElementById('cl-heading')?.focus();
            }}
          >
            {plan.checklist.length === 0
              ? `Start with the ${missing} suggested tasks`
              : `Add ${missing} missing suggested ${missing === 1 ? 'task' : 'tasks'}`}
          </button>
        </div>
      )}
      {(['before', 'after'] as const).map((phase) => {
        const rows = dated.filter(({ item }) => item.phase === phase);
        if (rows.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`cl-${phase}-heading`}>
            <h3 id={`cl-${phase}-heading`}>{phase === 'before' ? 'Before the event' : 'After the event'}</h3>
            <ul className="task-list">
              {rows.map((entry) => (
                <TaskRow
                  key={entry.item.id}
                  entry={entry}
                  fromToolkit={toolkitIds.has(entry.item.templateId)}
                  today={today}
                  onDelete={() => {
                    deleteTask(entry.item.id);
                    setMessage(`Deleted “${entry.item.title}”.`);
                    document.getElementById('cl-heading')?.focus();
                  }}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <ChecklistAddForm onAdded={(title) => setMessage(`Added “${title}”.`)} />
      <p role="status" className="hint">
        {message}
      </p>
    </section>
  );
}

/** The island: the page's frame until the saved plan is read, then ChecklistEditorView. */
export default planIsland(ChecklistEditorView);
