import { formatClock } from '../../domain/agenda-times';
import type { LiveDay, LiveItem } from '../../domain/live-schedule';
import { HeardField } from '../ui/HeardField';

const range = (start: number, end: number) => `${formatClock(start)} – ${formatClock(end)}`;

/** `10:20 – 10:35 AM`, with the planned times beside it when they differ. */
export function LiveTimes({ entry }: { entry: LiveItem }) {
  const moved = entry.start !== entry.plannedStart || entry.end !== entry.plannedEnd;
  return (
    <p className="live-times">
      {entry.skipped ? <span>Skipped</span> : <span>{range(entry.start, entry.end)}</span>}
      {(moved || entry.skipped) && (
        <span className="planned"> (planned {range(entry.plannedStart, entry.plannedEnd)})</span>
      )}
    </p>
  );
}

const title = (entry: LiveItem) => entry.item.title.trim() || 'Untitled item';

/** The whole day, each item with its actual and planned times; the one on now marked. */
export function LiveAgenda({ live, heading, current }: { live: LiveDay; heading: string; current: number | null }) {
  return (
    <section aria-labelledby="live-day-heading" className="live-agenda">
      <h2 id="live-day-heading">{heading}</h2>
      <ol>
        {live.items.map((entry, index) => (
          <li key={entry.item.id} aria-current={index === current ? 'step' : undefined}>
            <LiveTimes entry={entry} />
            <p className="live-title">
              {title(entry)}
              {index === current && <span className="tag">Now</span>}
            </p>
            {index !== current && (
              <details>
                <summary>
                  Notes<span className="visually-hidden"> on “{title(entry)}”</span>
                  {entry.item.heard.trim() && ' (written)'}
                </summary>
                <HeardField
                  itemId={entry.item.id}
                  heard={entry.item.heard}
                  label={`What was heard in “${title(entry)}”`}
                />
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
