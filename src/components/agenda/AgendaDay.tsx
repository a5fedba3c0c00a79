import { memo, useMemo, useState } from 'react';
import { formatClock, formatDuration, timeToMinutes, type DaySchedule } from '../../domain/agenda-times';
import type { Activity } from '../../domain/content-schemas';
import { longDate } from '../../domain/dates';
import { newId } from '../../domain/plan';
import { addActivity, addBlankItem } from '../../stores/agenda';
import { AgendaRow } from './AgendaRow';
import { focusSoon, ids, openOnMount, type Announce } from './focus';
import { pointerDrag } from './pointer-drag';
import type { GoalOption } from './ItemEditor';
import { Select } from '../ui/Select';

interface Props {
  dayCount: number;
  /** The day with its items' computed times (from the `$schedule` store). */
  schedule: DaySchedule;
  activities: readonly Activity[];
  goalOptions: readonly GoalOption[];
  startHref: string;
  announce: Announce;
}

/** One day: its heading with the date, planned and actual times, its items and the add controls. */
export const AgendaDay = memo(function AgendaDay({
  dayCount,
  schedule,
  activities,
  goalOptions,
  startHref,
  announce,
}: Props) {
  const [activityId, setActivityId] = useState(activities[0]?.id ?? '');
  const { day, index: dayIndex, times, timing } = schedule;
  const { items } = day;
  const { plannedEnd, actualEnd, overBy, underBy } = timing;
  const n = dayIndex + 1;

  // Stable for the day, so dragging never re-renders the rows; markers are set on the DOM directly.
  const drag = useMemo(() => pointerDrag(announce), [announce]);

  const activity = activities.find((a) => a.id === activityId);
  const activityOptions = useMemo(
    () => activities.map((a) => ({ value: a.id, label: `${a.title} (${formatDuration(a.minutes)})` })),
    [activities],
  );
  return (
    <section className="agenda-day" aria-labelledby={ids.dayHeading(dayIndex)}>
      <h2 id={ids.dayHeading(dayIndex)}>
        Day {n}: {longDate(day.date) || 'date not set yet'}
      </h2>
      <p className="day-summary">
        Planned {formatClock(timeToMinutes(day.start))} to {formatClock(plannedEnd)}
        {items.length > 0 && (
          <>
            {'. '}The items end at {formatClock(actualEnd)}
            {overBy > 0 ? (
              <strong className="over">, {formatDuration(overBy)} past the planned end</strong>
            ) : underBy > 0 ? (
              <>, {formatDuration(underBy)} before the planned end</>
            ) : (
              <>, right on time</>
            )}
          </>
        )}
        . <a href={startHref}>Change the day&rsquo;s date or times</a>
      </p>
      {items.length === 0 && <p className="hint">No items yet on day {n}.</p>}
      <ol className="agenda-list" aria-labelledby={ids.dayHeading(dayIndex)} data-day={dayIndex}>
        {times.map((timed, index) => (
          <AgendaRow
            key={timed.item.id}
            item={timed.item}
            startMinutes={timed.startMinutes}
            endMinutes={timed.endMinutes}
            isFirst={index === 0}
            isLast={index === times.length - 1}
            dayIndex={dayIndex}
            dayCount={dayCount}
            goalOptions={goalOptions}
            drag={drag}
            announce={announce}
          />
        ))}
      </ol>
      <div className="add-item actions">
        <button
          type="button"
          className="secondary"
          id={ids.add(dayIndex)}
          onClick={() => {
            const id = newId();
            openOnMount(id);
            addBlankItem(dayIndex, id);
            announce(`Added a new item at the end of day ${n}.`);
            focusSoon(ids.title(id));
          }}
        >
          Add a blank item<span className="visually-hidden"> to day {n}</span>
        </button>
        <Select
          label={`Activity for day ${n}`}
          labelStyle="inline"
          id={`activity-${dayIndex}`}
          value={activityId}
          options={activityOptions}
          onChange={setActivityId}
        />
        <button
          type="button"
          className="secondary"
          disabled={!activity}
          onClick={() => {
            if (!activity) return;
            const id = addActivity(dayIndex, activity);
            announce(`Added “${activity.title}” at the end of day ${n}.`);
            focusSoon(ids.summary(id));
          }}
        >
          Add activity<span className="visually-hidden"> to day {n}</span>
        </button>
      </div>
      {activity && <p className="hint activity-description">{activity.description}</p>}
    </section>
  );
});
