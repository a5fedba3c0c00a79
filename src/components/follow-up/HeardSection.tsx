import { memo } from 'react';
import { computeDayTimes, formatClock } from '../../domain/agenda-times';
import { longDate } from '../../domain/dates';
import type { EventDay } from '../../domain/plan';
import { HeardField } from '../ui/HeardField';

/** A notes box per session (and per other item that has notes), day by day, with its time. */
export const HeardSection = memo(function HeardSection({ days, runHref }: { days: EventDay[]; runHref: string }) {
  const shown = days.map((day) =>
    computeDayTimes(day.start, day.items).filter(({ item }) => item.kind === 'session' || item.heard.trim()),
  );
  if (shown.every((items) => items.length === 0)) {
    return <p className="hint">The agenda has no sessions yet.</p>;
  }
  return (
    <>
      <p className="hint">
        Notes typed on the <a href={runHref}>event-day page</a> appear here; add or tidy them afterwards.
      </p>
      {days.map((day, i) =>
        shown[i]!.length ? (
          <div key={day.id}>
            <h3>
              Day {i + 1}
              {day.date && ` · ${longDate(day.date)}`}
            </h3>
            {shown[i]!.map(({ item, startMinutes }) => (
              <HeardField
                key={item.id}
                itemId={item.id}
                heard={item.heard}
                label={`${formatClock(startMinutes)} · ${item.title.trim() || 'Untitled item'}`}
              />
            ))}
          </div>
        ) : null,
      )}
    </>
  );
});
