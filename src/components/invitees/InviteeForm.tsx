import { useState, type SubmitEvent } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import {
  emptyDraft,
  INVITEE_STATUSES,
  PLANNING_ROLE_LABELS,
  PLANNING_ROLES,
  STATUS_LABELS,
  TEXT_LIMITS,
  type DraftErrors,
  type InviteeDraft,
} from '../../domain/invitees';
import type { InviteeStatus } from '../../domain/plan';
import type { SaveResult } from '../../stores/invitees';
import { Field } from '../ui/Field';

interface Props {
  categories: StakeholderCategory[];
  /** The person being edited; a blank form when adding. */
  initial?: InviteeDraft;
  submitLabel: string;
  /** Saves through a store action; the form shows the field errors it returns. */
  onSave: (draft: InviteeDraft) => SaveResult;
  onDone?: (result: { id: string; name: string }) => void;
  onCancel?: () => void;
  /** Distinguishes the labels of an edit form from the add form for screen readers. */
  idPrefix: string;
}

/** Add or edit one person: every field of an invitee, with errors shown by the field. */
export function InviteeForm({ categories, initial, submitLabel, onSave, onDone, onCancel, idPrefix }: Props) {
  const fallbackCategory = categories[0]?.id ?? 'other';
  const [draft, setDraft] = useState<InviteeDraft>(initial ?? emptyDraft(fallbackCategory));
  const [errors, setErrors] = useState<DraftErrors>({});
  const set = <K extends keyof InviteeDraft>(key: K, value: InviteeDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const category = categories.find((c) => c.id === draft.category);
  const suggestion =
    category && category.examples.length > 0 ? `Consider: ${category.examples.join(', ')}.` : undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = onSave(draft);
    if (!result.ok) {
      setErrors(result.errors);
      const first = event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    setErrors({});
    onDone?.({ id: result.id, name: draft.name.trim() });
    if (!initial) setDraft(emptyDraft(draft.category));
  };

  const text = (key: 'name' | 'organization' | 'role' | 'email', label: string, type = 'text') => (
    <Field label={label} error={errors[key]}>
      <input
        // Opening an edit form puts the cursor in it; the add form waits for the user.
        autoFocus={Boolean(initial) && key === 'name'}
        type={type}
        value={draft[key]}
        maxLength={TEXT_LIMITS[key] + 50}
        autoComplete="off"
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  );

  return (
    <form className="invitee-form" onSubmit={submit} noValidate aria-label={submitLabel} data-form={idPrefix}>
      <div className="field-row">
        {text('name', 'Name')}
        {text('organization', 'Organization')}
        {text('role', 'Role or title')}
        {text('email', 'Email', 'email')}
      </div>
      <div className="field-row">
        <Field label="Stakeholder category" hint={suggestion} error={errors.category}>
          <select value={draft.category} onChange={(e) => set('category', e.target.value)}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Status">
          <select value={draft.status} onChange={(e) => set('status', e.target.value as InviteeStatus)}>
            {INVITEE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Planning role" hint="Co-conveners and organizing committee members.">
          <select
            value={draft.planningRole}
            onChange={(e) => set('planningRole', e.target.value as InviteeDraft['planningRole'])}
          >
            {PLANNING_ROLES.map((r) => (
              <option key={r} value={r}>
                {PLANNING_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.mediaRelease} onChange={(e) => set('mediaRelease', e.target.checked)} />
        <span>Media release signed</span>
      </label>
      <Field label="Notes" error={errors.notes}>
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
