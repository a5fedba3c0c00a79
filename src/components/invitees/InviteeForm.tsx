import { useState, type FormEvent } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import {
  emptyDraft,
  PLANNING_ROLE_LABELS,
  PLANNING_ROLES,
  TEXT_LIMITS,
  type DraftErrors,
  type InviteeDraft,
} from '../../domain/invitees';
import type { SaveResult } from '../../stores/invitees';
import { Field } from '../ui/Field';
import { optionsFrom, Select } from '../ui/Select';
import { categoryOptions, STATUS_OPTIONS } from './options';

const ROLE_OPTIONS = optionsFrom(PLANNING_ROLES, PLANNING_ROLE_LABELS);

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

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = onSave(draft);
    if (!result.ok) {
      setErrors(result.error);
      const first = event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    setErrors({});
    onDone?.({ id: result.value, name: draft.name.trim() });
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
        <Select
          label="Stakeholder category"
          hint={suggestion}
          error={errors.category}
          value={draft.category}
          options={categoryOptions(categories)}
          onChange={(value) => set('category', value)}
        />
        <Select
          label="Status"
          value={draft.status}
          options={STATUS_OPTIONS}
          onChange={(value) => set('status', value)}
        />
        <Select
          label="Planning role"
          hint="Co-conveners and organizing committee members."
          value={draft.planningRole}
          options={ROLE_OPTIONS}
          onChange={(value) => set('planningRole', value)}
        />
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
