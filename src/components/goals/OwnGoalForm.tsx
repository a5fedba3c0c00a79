import { useState } from 'react';
import { MAX_DESCRIPTION, MAX_TITLE, type OwnGoalInput } from '../../domain/goal-rules';
import { Field } from '../ui/Field';

interface Props {
  /** Names the form for screen readers, e.g. "Add a goal of your own". */
  heading: string;
  initial?: OwnGoalInput;
  submitLabel: string;
  /** Saves the goal; returns an error message naming the field, or null when saved. */
  onSubmit: (input: OwnGoalInput) => string | null;
  onCancel?: () => void;
  /** Put focus in the title when the form opens (it replaces the button that opened it). */
  autoFocus?: boolean;
}

/** Title and one sentence for an own goal; an error names the field and nothing is saved. */
export function OwnGoalForm({ heading, initial, submitLabel, onSubmit, onCancel, autoFocus }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [error, setError] = useState<string | null>(null);
  const errorOn = error?.startsWith('Description') ? 'description' : error ? 'title' : null;

  const submit = () => {
    const problem = onSubmit({ title, description });
    if (problem) setError(problem);
  };

  return (
    <div className="own-goal-form" role="group" aria-label={heading}>
      <Field
        label="Goal title"
        hint="Short, as it will appear on the agenda."
        error={errorOn === 'title' ? (error ?? undefined) : undefined}
      >
        <input
          type="text"
          value={title}
          maxLength={MAX_TITLE}
          autoFocus={autoFocus}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
      </Field>
      <Field
        label="Description"
        hint="One sentence: what the group should have achieved by the end."
        error={errorOn === 'description' ? (error ?? undefined) : undefined}
      >
        <textarea
          rows={2}
          value={description}
          maxLength={MAX_DESCRIPTION}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="button" onClick={submit}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}
