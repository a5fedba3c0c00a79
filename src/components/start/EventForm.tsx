import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useMemo, useState } from 'react';
import { parseGroupSize, validateEvent, type EventField } from '../../domain/event-rules';
import { defaultTimeZone, type Plan } from '../../domain/plan';
import { $plan, addSecondDay, removeSecondDay, setDayField, setEventField } from '../../stores/plan';
import { CoConvenerList } from './CoConvenerList';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Field } from '../ui/Field';
import { Select } from '../ui/Select';
import { planIsland } from '../ui/plan-island';

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set([...zones, 'UTC', defaultTimeZone()]);
  if (current) all.add(current);
  return [...all].sort();
}

/** Event basics: title, conveners, venue, days and times, time zone, group size, pre-work. */
export function EventFormView() {
  const plan = useStore($plan);
  // A new or opened plan gets a fresh form, so text typed for the previous plan never lingers.
  return <BasicsForm key={plan.id} plan={plan} />;
}

function BasicsForm({ plan }: { plan: Plan }) {
  const { event, invitees } = plan;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  // Text being typed that the plan cannot hold yet (or ever): kept here, never saved.
  const [sizeText, setSizeText] = useState<string | null>(null);
  const [confirmOneDay, setConfirmOneDay] = useState(false);
  const zones = useMemo(() => timeZones(event.timeZone), [event.timeZone]);
  const errors = validateEvent(plan);
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  // A day that ends before it starts is shown at once, even in a plan just opened: it breaks the
  // agenda's times, unlike a title not typed yet.
  const errorFor = (field: EventField) => (touched.has(field) || field.endsWith('.end') ? errors[field] : undefined);
  const sizeParse = sizeText === null ? null : parseGroupSize(sizeText);
  const day2Items = plan.days[1]?.items.length ?? 0;

  return (
    <form onSubmit={(e) => e.preventDefault()} aria-labelledby="basics-heading" noValidate>
      <h2 id="basics-heading">Event basics</h2>
      <Field
        label="Event title"
        hint="Used in your agenda, calendar invitations and file names."
        error={errorFor('title')}
      >
        <input
          type="text"
          value={event.title}
          maxLength={200}
          onChange={(e) => setEventField('title', e.target.value)}
          onBlur={() => touch('title')}
        />
      </Field>
      <div className="field-row">
        <Field label="Convener" hint="The lead organisation or person.">
          <input
            type="text"
            value={event.convener}
            maxLength={200}
            onChange={(e) => setEventField('convener', e.target.value)}
          />
        </Field>
        <Field label="Venue" hint="Name and address, as invitees should see it.">
          <input
            type="text"
            value={event.venue}
            maxLength={300}
            onChange={(e) => setEventField('venue', e.target.value)}
          />
        </Field>
      </div>
      {/* The start page is the site's root, so the relative link works under a sub-path too. */}
      <CoConvenerList invitees={invitees} invitedHref="invitees/" />

      <fieldset>
        <legend>Days</legend>
        <p className="hint">The toolkit suggests one or two days in person.</p>
        {plan.days.map((day, i) => {
          const n = i + 1;
          return (
            <div key={day.id} className="field-row" role="group" aria-label={`Day ${n}`}>
              <Field label={`Day ${n} date`} error={errorFor(`day${n}.date`)}>
                <input
                  type="date"
                  value={day.date}
                  onChange={(e) => setDayField(i, 'date', e.target.value)}
                  onBlur={() => touch(`day${n}.date`)}
                />
              </Field>
              <Field label={`Day ${n} starts`}>
                <input
                  type="time"
                  value={day.start}
                  onChange={(e) => e.target.value && setDayField(i, 'start', e.target.value)}
                  onBlur={() => touch(`day${n}.end`)}
                />
              </Field>
              <Field label={`Day ${n} ends`} error={errorFor(`day${n}.end`)}>
                <input
                  type="time"
                  value={day.end}
                  onChange={(e) => e.target.value && setDayField(i, 'end', e.target.value)}
                  onBlur={() => touch(`day${n}.end`)}
                />
              </Field>
            </div>
          );
        })}
        <div className="actions">
          {plan.days.length === 1 ? (
            <button type="button" className="secondary" onClick={addSecondDay}>
              Add a second day
            </button>
          ) : (
            <button
              type="button"
              className="secondary"
              onClick={() => (day2Items > 0 ? setConfirmOneDay(true) : removeSecondDay())}
            >
              Make it a one-day event
            </button>
          )}
        </div>
      </fieldset>

      <div className="field-row">
        <Select
          label="Venue time zone"
          hint="Calendar invitations use it, wherever the reader is."
          error={errorFor('timeZone')}
          value={event.timeZone}
          options={zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }))}
          onChange={(zone) => setEventField('timeZone', zone)}
          onBlur={() => touch('timeZone')}
          deferOptions
        />
        <Field
          label="Target group size"
          hint="How many people you want in the room."
          error={sizeParse && !sizeParse.ok ? sizeParse.error : undefined}
        >
          <input
            type="text"
            inputMode="numeric"
            value={sizeText ?? (event.targetGroupSize === null ? '' : String(event.targetGroupSize))}
            onChange={(e) => {
              setSizeText(e.target.value);
              const parsed = parseGroupSize(e.target.value);
              if (parsed.ok) setEventField('targetGroupSize', parsed.value);
            }}
            onBlur={() => {
              if (sizeParse?.ok) setSizeText(null);
            }}
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={event.preWork} onChange={(e) => setEventField('preWork', e.target.checked)} />
        <span>
          Participants get pre-work before the event
          <span className="hint check-hint">
            For example the data to review. Keep it short: the toolkit asks how much is realistic.
          </span>
        </span>
      </label>
      <ConfirmDialog
        open={confirmOneDay}
        title="Make it a one-day event?"
        confirmLabel="Move day 2's items to day 1"
        extra={
          <button
            type="button"
            className="danger"
            onClick={() => {
              removeSecondDay({ dropItems: true });
              setConfirmOneDay(false);
            }}
          >
            Delete day 2's items
          </button>
        }
        onConfirm={() => {
          removeSecondDay();
          setConfirmOneDay(false);
        }}
        onCancel={() => setConfirmOneDay(false)}
      >
        <p>Day 2 has {day2Items} agenda items. Move them to the end of day 1, or delete them?</p>
      </ConfirmDialog>
    </form>
  );
}

/** The island: the page's frame until the saved plan is read, then EventFormView. */
export default planIsland(EventFormView);
