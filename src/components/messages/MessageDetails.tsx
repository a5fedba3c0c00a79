import { useStore } from '@nanostores/react';
import { $plan, setEventField } from '../../stores/plan';
import { setContactField } from '../../stores/messages';
import { Field } from '../ui/Field';

/** The RSVP-by date and the contact every message names. */
export function MessageDetails() {
  const { rsvpBy, contact } = useStore($plan).event;
  return (
    <div className="field-row message-details">
      <Field label="Answer by (RSVP date)" hint="Messages name it in words.">
        <input type="date" value={rsvpBy} onChange={(e) => setEventField('rsvpBy', e.target.value)} />
      </Field>
      <Field label="Contact name">
        <input
          type="text"
          value={contact.name}
          maxLength={200}
          onChange={(e) => setContactField('name', e.target.value)}
        />
      </Field>
      <Field label="Contact email">
        <input
          type="email"
          value={contact.email}
          maxLength={254}
          onChange={(e) => setContactField('email', e.target.value)}
        />
      </Field>
      <Field label="Contact phone">
        <input
          type="tel"
          value={contact.phone}
          maxLength={50}
          onChange={(e) => setContactField('phone', e.target.value)}
        />
      </Field>
    </div>
  );
}
