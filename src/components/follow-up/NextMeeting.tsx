import { memo } from 'react';
import { timeToMinutes } from '../../domain/agenda-times';
import type { Outcomes } from '../../domain/plan';
import { setNextMeeting, setThanks } from '../../stores/outcomes';
import { Field } from '../ui/Field';

type Meeting = Outcomes['nextMeeting'];

/** The next meeting's date, times and place. */
export const NextMeeting = memo(function NextMeeting({ meeting }: { meeting: Meeting }) {
  const endsEarly = meeting.start && meeting.end && timeToMinutes(meeting.end) <= timeToMinutes(meeting.start);
  const input = (key: keyof Meeting, type: 'date' | 'time' | 'text') => (
    <input
      type={type}
      maxLength={type === 'text' ? 300 : undefined}
      value={meeting[key]}
      onChange={(e) => setNextMeeting(key, e.target.value)}
    />
  );
  return (
    <>
      <div className="field-row">
        <Field label="Date">{input('date', 'date')}</Field>
        <Field label="Starts">{input('start', 'time')}</Field>
        <Field label="Ends" error={endsEarly ? 'The meeting ends before it starts.' : undefined}>
          {input('end', 'time')}
        </Field>
      </div>
      <Field label="Place" hint="An address, a room, or a video link.">
        {input('place', 'text')}
      </Field>
    </>
  );
});

/** The words of thanks that close the summary. */
export function Thanks({ thanks }: { thanks: string }) {
  return (
    <Field
      label="Words of thanks for the summary"
      hint="Left empty, the summary closes with a sentence of thanks of its own."
    >
      <textarea rows={3} maxLength={5000} value={thanks} onChange={(e) => setThanks(e.target.value)} />
    </Field>
  );
}
