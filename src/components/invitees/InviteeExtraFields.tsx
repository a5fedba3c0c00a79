/**
 * The less used fields of the invitee form (language, RSVP dates, accommodations), loaded when
 * the person opens them so the invitee page's first load stays within its JavaScript budget.
 */
import type { InviteeDraft } from '../../domain/invitees';
import type { InviteeNeeds } from '../../domain/plan';
import { Field } from '../ui/Field';
import { Select } from '../ui/Select';

interface Props {
  draft: InviteeDraft;
  set: <K extends keyof InviteeDraft>(key: K, value: InviteeDraft[K]) => void;
}

const LANGUAGE_OPTIONS = [
  { value: '', label: 'English (default)' },
  { value: 'es', label: 'Spanish (Español)' },
] as const;

export default function InviteeExtraFields({ draft, set }: Props) {
  const need = <K extends keyof InviteeNeeds>(key: K, value: InviteeNeeds[K]) =>
    set('needs', { ...draft.needs, [key]: value });
  const date = (key: 'invitedOn' | 'answeredOn' | 'remindedOn', label: string) => (
    <Field label={label}>
      <input type="date" value={draft[key]} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  return (
    <div className="extra-fields">
      <div className="field-row">
        <Select
          label="Language for messages"
          value={draft.language === 'en' ? '' : draft.language}
          options={LANGUAGE_OPTIONS}
          onChange={(value) => set('language', value)}
        />
        {date('invitedOn', 'Invited on')}
        {date('answeredOn', 'Answered on')}
        {date('remindedOn', 'Last reminded on')}
      </div>
      <div className="field-row">
        <Field label="Interpretation into" hint="A language, e.g. Spanish; empty when none.">
          <input
            type="text"
            maxLength={100}
            value={draft.needs.interpretation}
            onChange={(e) => need('interpretation', e.target.value)}
          />
        </Field>
        <Field label="Children needing childcare">
          <input
            type="number"
            min={0}
            max={20}
            step={1}
            value={draft.needs.childcare}
            onChange={(e) => need('childcare', Math.min(20, Math.max(0, Math.round(Number(e.target.value) || 0))))}
          />
        </Field>
        <Field label="Dietary needs">
          <input
            type="text"
            maxLength={1000}
            value={draft.needs.dietary}
            onChange={(e) => need('dietary', e.target.value)}
          />
        </Field>
        <Field label="Access needs" hint="Step-free route, captions, large print …">
          <input
            type="text"
            maxLength={1000}
            value={draft.needs.access}
            onChange={(e) => need('access', e.target.value)}
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.needs.transport} onChange={(e) => need('transport', e.target.checked)} />
        <span>Needs transport</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.needs.stipend} onChange={(e) => need('stipend', e.target.checked)} />
        <span>Gets a stipend</span>
      </label>
    </div>
  );
}
