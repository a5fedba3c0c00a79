import { useState } from 'react';
import { checkDraft, type ChecklistDraft, type DraftProblem } from '../../domain/checklist';
import { addTask } from '../../stores/checklist';
import { Field } from '../ui/Field';
import { Select, type SelectOption } from '../ui/Select';

const PHASE_OPTIONS: SelectOption<ChecklistDraft['phase']>[] = [
  { value: 'before', label: 'before the first day' },
  { value: 'after', label: 'after the last day' },
];
const EMPTY: ChecklistDraft = { title: '', phase: 'after', offsetDays: '7', owner: '' };

/** Form to add an own task; a wrong field gets a message and nothing is added. */
export function ChecklistAddForm({ onAdded }: { onAdded: (title: string) => void }) {
  const [draft, setDraft] = useState<ChecklistDraft>(EMPTY);
  const [error, setError] = useState<DraftProblem | null>(null);
  const set = (patch: Partial<ChecklistDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = () => {
    const check = checkDraft(draft);
    if (!check.ok) {
      setError(check.error);
      const id = check.error.field === 'title' ? 'cl-new-title' : 'cl-new-days';
      document.querySelector<HTMLElement>(`[data-field="${id}"]`)?.focus();
      return;
    }
    addTask({ title: draft.title, phase: draft.phase, offsetDays: check.value, owner: draft.owner });
    onAdded(draft.title.trim());
    setDraft(EMPTY);
    setError(null);
  };

  return (
    <form
      className="card checklist-add"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
      aria-labelledby="cl-add-heading"
    >
      <h3 id="cl-add-heading">Add your own task</h3>
      <Field label="Task" error={error?.field === 'title' ? error.message : undefined}>
        <input
          type="text"
          data-field="cl-new-title"
          value={draft.title}
          maxLength={300}
          onChange={(e) => set({ title: e.target.value })}
        />
      </Field>
      <div className="field-row">
        <Field label="Days" hint="0 to 365" error={error?.field === 'offsetDays' ? error.message : undefined}>
          <input
            type="text"
            inputMode="numeric"
            data-field="cl-new-days"
            value={draft.offsetDays}
            onChange={(e) => set({ offsetDays: e.target.value })}
          />
        </Field>
        <Select
          label="Before or after the event"
          value={draft.phase}
          options={PHASE_OPTIONS}
          onChange={(phase) => set({ phase })}
        />
        <Field label="Owner">
          <input type="text" value={draft.owner} maxLength={200} onChange={(e) => set({ owner: e.target.value })} />
        </Field>
      </div>
      <button type="submit">Add task</button>
    </form>
  );
}
