import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { itemCount, templateChoices, type ApplyTemplateOptions } from '../../domain/agenda-templates';
import { formatClock, timeToMinutes } from '../../domain/agenda-times';
import type { AgendaTemplate } from '../../domain/content-schemas';
import { $days, startFromTemplate } from '../../stores/agenda';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { Announce } from './focus';

interface Props {
  templates: readonly AgendaTemplate[];
  announce: Announce;
}

/** The choice being asked about: a template, or `null` for a blank agenda. */
type Pending = { template: AgendaTemplate | null } | null;

const range = (start: string, end: string) => `${formatClock(timeToMinutes(start))}–${formatClock(timeToMinutes(end))}`;

/** Start from the toolkit's sample agenda, its one-day version or blank; asks before replacing. */
export function TemplateChooser({ templates, announce }: Props) {
  const days = useStore($days);
  const [pending, setPending] = useState<Pending>(null);
  const [setTimes, setSetTimes] = useState(false);
  const count = itemCount({ days });
  const dayCount = days.length;
  const ordered = [...templates].sort((a, b) => b.days.length - a.days.length);

  const apply = (template: AgendaTemplate | null, options: ApplyTemplateOptions) => {
    startFromTemplate(template, options);
    setPending(null);
    const days = options.dayCount === 2 ? 'two days' : 'one day';
    announce(
      template
        ? `The agenda now follows “${template.name}” over ${days}${count > 0 ? '. Undo brings back your previous agenda' : ''}.`
        : 'The agenda is now blank. Undo brings it back.',
    );
  };

  const choose = (template: AgendaTemplate | null) => {
    if (!template && count === 0) {
      announce('The agenda is already blank.');
      return;
    }
    setSetTimes(false);
    setPending({ template });
  };

  const template = pending?.template ?? null;
  const choices = template ? templateChoices(dayCount, template, setTimes) : [];
  const [first, second] = choices;
  return (
    <section className="template-chooser" aria-labelledby="template-heading">
      <h2 id="template-heading">Start from</h2>
      <div className="actions">
        {ordered.map((t) => (
          <button key={t.id} type="button" className="secondary" onClick={() => choose(t)}>
            {t.name}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => choose(null)}>
          A blank agenda
        </button>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={template ? `Use “${template.name}”?` : 'Clear the agenda?'}
        confirmLabel={first?.label ?? 'Clear the agenda'}
        danger={!template}
        extra={
          second && (
            <button type="button" className="secondary" onClick={() => apply(template, second.options)}>
              {second.label}
            </button>
          )
        }
        onConfirm={() => apply(template, first?.options ?? { dayCount: dayCount === 2 ? 2 : 1, setTimes: false })}
        onCancel={() => {
          setPending(null);
          announce('Nothing was changed.');
        }}
      >
        {template && <p>{template.description}</p>}
        {count > 0 && (
          <p>
            This replaces the {count} {count === 1 ? 'item' : 'items'} on your agenda. Undo brings them back.
          </p>
        )}
        {template && template.days.length !== dayCount && (
          <p>
            {template.days.length === 2
              ? 'This agenda has two days and your event has one. Add a second day (the day after day 1), or put every item on the one day?'
              : 'This agenda has one day and your event has two. Use it for day 1 and leave day 2 empty, or make the event one day?'}
          </p>
        )}
        {template && (
          <label className="check">
            <input type="checkbox" checked={setTimes} onChange={(e) => setSetTimes(e.target.checked)} />
            <span>
              Also set the day times to the template&rsquo;s (
              {template.days.map((d, i) => `day ${i + 1} ${range(d.start, d.end)}`).join(', ')})
            </span>
          </label>
        )}
      </ConfirmDialog>
    </section>
  );
}
