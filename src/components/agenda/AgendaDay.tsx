import { memo, useMemo, useState, type DragEvent } from 'react';
import { formatClock, formatDuration, timeToMinutes, type DaySchedule } from '../../domain/agenda-times';
import type { Activity } from '../../domain/content-schemas';
import { longDate } from '../../domain/dates';
import { newId } from '../../domain/plan';
import { addActivity, addBlankItem, dropItem, moveItemTo } from '../../stores/agenda';
import { AgendaRow, type RowDrag } from './AgendaRow';
import { focusSoon, ids, openOnMount, type Announce } from './focus';
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

const DRAG_TYPE = 'application/x-agenda-item';
/** The item being dragged; shared by both days so an item can be dragged to the other day. */
let dragging: string | null = null;

function clearMarkers() {
  for (const el of document.querySelectorAll('.drop-before, .drop-after, .drop-into')) {
    el.classList.remove('drop-before', 'drop-after', 'drop-into');
  }
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
  const drag = useMemo<RowDrag>(() => {
    const position = (e: DragEvent<HTMLLIElement>): 'before' | 'after' => {
      const box = e.currentTarget.getBoundingClientRect();
      return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
    };
    return {
      start: (itemId, e) => {
        dragging = itemId;
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(DRAG_TYPE, itemId);
        e.dataTransfer.setData('text/plain', itemId);
        const row = (e.currentTarget as HTMLElement).closest('li');
        if (row) e.dataTransfer.setDragImage(row, 16, 16);
      },
      over: (_index, e) => {
        if (!dragging) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'move';
        const where = position(e);
        if (e.currentTarget.classList.contains(`drop-${where}`)) return;
        clearMarkers();
        e.currentTarget.classList.add(`drop-${where}`);
      },
      leave: (e) => e.currentTarget.classList.remove('drop-before', 'drop-after'),
      drop: (index, e) => {
        if (!dragging) return;
        e.preventDefault();
        e.stopPropagation();
        const id = dragging;
        const insertAt = position(e) === 'before' ? index : index + 1;
        const target = dropItem(id, dayIndex, insertAt);
        announce(`Moved the item to position ${target + 1} of day ${dayIndex + 1}.`);
        clearMarkers();
        dragging = null;
        focusSoon(ids.summary(id));
      },
      end: () => {
        dragging = null;
        clearMarkers();
      },
    };
  }, [dayIndex, announce]);

  const onListDragOver = (e: DragEvent<HTMLOListElement>) => {
    if (!dragging) return;
    e.preventDefault();
    e.currentTarget.classList.add('drop-into');
  };
  const onListDrop = (e: DragEvent<HTMLOListElement>) => {
    if (!dragging) return;
    e.preventDefault();
    const id = dragging;
    moveItemTo(id, dayIndex, items.length);
    announce(`Moved the item to the end of day ${n}.`);
    clearMarkers();
    dragging = null;
    focusSoon(ids.summary(id));
  };

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
      <ol
        className="agenda-list"
        aria-labelledby={ids.dayHeading(dayIndex)}
        onDragOver={onListDragOver}
        onDragLeave={(e) => e.currentTarget.classList.remove('drop-into')}
        onDrop={onListDrop}
      >
        {times.map((timed, index) => (
          <AgendaRow
            key={timed.item.id}
            item={timed.item}
            startMinutes={timed.startMinutes}
            endMinutes={timed.endMinutes}
            index={index}
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
