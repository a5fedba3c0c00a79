/**
 * The agenda on the event day: planned times next to the times the day actually runs to after
 * "+5 min", "−5 min" and "Start next now", which item is on at a moment, and what each of those
 * buttons does to the day. Times are minutes after the day's midnight on the venue's wall clock,
 * like the planned times in ./agenda-times.ts; the day's adjustments live in the plan as
 * `EventDay.actualStart` and `AgendaItem.actualMinutes`.
 */
import { computeDayTimes, formatClock, minutesToTime, timeToMinutes } from './agenda-times';
import type { AgendaItem, EventDay } from './plan';
import { fail, ok, type Result } from './result';

/** An agenda item with its planned times and the times it runs to on the day. */
export interface LiveItem {
  item: AgendaItem;
  plannedStart: number;
  plannedEnd: number;
  /** Start and end after the day's adjustments (for later items: when they are now expected). */
  start: number;
  end: number;
  /** Ended before it began ("Start next now" at its very start): never current. */
  skipped: boolean;
}

/** A day's items with both sets of times. */
export interface LiveDay {
  day: EventDay;
  /** When the day begins: its actual start once started, else the planned one. */
  start: number;
  /** When the last item ends after the adjustments (the start when there are no items). */
  end: number;
  items: LiveItem[];
}

/** How long an item runs on the day: its actual minutes once changed, else the planned ones. */
export function runMinutes(item: AgendaItem): number {
  return item.actualMinutes ?? item.minutes;
}

/** The day's items with planned and actual times. */
export function liveDay(day: EventDay): LiveDay {
  const planned = computeDayTimes(day.start, day.items);
  const start = timeToMinutes(day.actualStart || day.start);
  let cursor = start;
  const items = planned.map(({ item, startMinutes, endMinutes }): LiveItem => {
    const length = runMinutes(item);
    const live = {
      item,
      plannedStart: startMinutes,
      plannedEnd: endMinutes,
      start: cursor,
      end: cursor + length,
      skipped: length === 0,
    };
    cursor = live.end;
    return live;
  });
  return { day, start, end: cursor, items };
}

/** Where the day is at a moment. Indexes point into `LiveDay.items`. */
export type LiveStatus =
  | { phase: 'empty' }
  | { phase: 'before'; next: number }
  | { phase: 'during'; current: number; next: number | null }
  | { phase: 'after' };

function nextRunning(items: readonly LiveItem[], from: number): number | null {
  for (let i = from; i < items.length; i += 1) if (!items[i]!.skipped) return i;
  return null;
}

/** Which item is on at `minute` (minutes after the day's midnight, fractions allowed) and which comes next. */
export function liveStatus(live: LiveDay, minute: number): LiveStatus {
  const first = nextRunning(live.items, 0);
  if (first === null) return { phase: 'empty' };
  if (minute < live.start) return { phase: 'before', next: first };
  const current = live.items.findIndex((entry) => !entry.skipped && entry.start <= minute && minute < entry.end);
  if (current < 0) return { phase: 'after' };
  return { phase: 'during', current, next: nextRunning(live.items, current + 1) };
}

/** Two statuses that say the same (the same phase and items). */
export function sameStatus(a: LiveStatus, b: LiveStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A day after one of the live buttons, with words for the undo history and for the page. */
export interface LiveChange {
  day: EventDay;
  /** Lower-case, for "Undo: …": `add 5 minutes to “Welcome”`. */
  label: string;
  /** A sentence for the status line: `“Welcome” now ends at 10:20 AM.` */
  message: string;
}

const name = (item: AgendaItem) => `“${item.title.trim() || 'Untitled item'}”`;
const LAST_MINUTE = 24 * 60 - 1;
/** The most an item may run (the plan's limit on `actualMinutes`). */
const MAX_ITEM_MINUTES = 720;

function withItemMinutes(day: EventDay, index: number, minutes: number): EventDay {
  return {
    ...day,
    items: day.items.map((item, i) =>
      // Back to the plan's length means "as planned" again.
      i === index ? { ...item, actualMinutes: minutes === item.minutes ? null : minutes } : item,
    ),
  };
}

/**
 * "+5 min" (`delta` 5) or "−5 min" (`delta` −5) at `now`: before the day, its start moves; during
 * it, the item on now runs longer or shorter, and every later item moves with it. An item is never
 * shortened below the time it has already run (plus the minute under way), so it stays on.
 */
export function shiftDay(day: EventDay, now: number, delta: number): Result<LiveChange> {
  const live = liveDay(day);
  const status = liveStatus(live, now);
  const words = `${Math.abs(delta)} minutes`;
  if (status.phase === 'empty') return fail('This day has no agenda items to move.');
  if (status.phase === 'after') return fail('The day’s agenda is over; there is nothing left to move.');
  if (status.phase === 'before') {
    const start = live.start + delta;
    if (start > LAST_MINUTE) return fail('The day cannot start after midnight.');
    if (start < 0 || start <= now) {
      return fail('The day cannot start before now. Use “Start next now” to begin it at once.');
    }
    return ok({
      day: { ...day, actualStart: minutesToTime(start) },
      label: `start the day ${words} ${delta > 0 ? 'later' : 'earlier'}`,
      message: `The day now starts at ${formatClock(start)}.`,
    });
  }
  const entry = live.items[status.current]!;
  const ran = Math.floor(now - entry.start) + 1;
  const length = Math.min(MAX_ITEM_MINUTES, Math.max(entry.end - entry.start + delta, ran));
  if (length === entry.end - entry.start) {
    return fail(
      delta > 0
        ? `${name(entry.item)} cannot run longer than ${MAX_ITEM_MINUTES / 60} hours.`
        : `${name(entry.item)} cannot be shortened any more: its last minute is under way. Use “Start next now” to move on.`,
    );
  }
  const moved = length - (entry.end - entry.start);
  return ok({
    day: withItemMinutes(day, status.current, length),
    label: moved > 0 ? `add ${moved} minutes to ${name(entry.item)}` : `take ${-moved} minutes off ${name(entry.item)}`,
    message: `${name(entry.item)} now ends at ${formatClock(entry.start + length)}.`,
  });
}

/**
 * "Start next now" at `now`: before the day, the day begins now with its first item; during it,
 * the item on now ends at the current minute and the next one begins. An item ended within its
 * first minute counts as skipped (0 minutes).
 */
export function startNextNow(day: EventDay, now: number): Result<LiveChange> {
  const live = liveDay(day);
  const status = liveStatus(live, now);
  if (status.phase === 'empty') return fail('This day has no agenda items to start.');
  if (status.phase === 'after') return fail('The day’s agenda is over; there is nothing left to start.');
  const minute = Math.floor(now);
  if (status.phase === 'before') {
    if (minute < 0 || minute > LAST_MINUTE) return fail('The day can only be started on its own date.');
    const first = live.items[status.next]!;
    return ok({
      day: { ...day, actualStart: minutesToTime(minute) },
      label: `start ${name(first.item)} now`,
      message: `${name(first.item)} started at ${formatClock(minute)}.`,
    });
  }
  const entry = live.items[status.current]!;
  const next = status.next === null ? null : live.items[status.next]!;
  return ok({
    day: withItemMinutes(day, status.current, minute - entry.start),
    label: next ? `start ${name(next.item)} now` : `end ${name(entry.item)} now`,
    message: next
      ? `${name(next.item)} started at ${formatClock(minute)}.`
      : `${name(entry.item)} ended at ${formatClock(minute)}; that was the last item.`,
  });
}

/** The day back on its planned times: no actual start, every item as planned. */
export function plannedAgain(day: EventDay): EventDay {
  if (day.actualStart === '' && day.items.every((item) => item.actualMinutes === null)) return day;
  return { ...day, actualStart: '', items: day.items.map((item) => ({ ...item, actualMinutes: null })) };
}

/**
 * The day to show on the event day: the one dated `today` (venue date); otherwise the next day
 * still to come, or after the event the last one; the first day when no day has a date.
 */
export function dayForDate(days: readonly Pick<EventDay, 'date'>[], today: string): number {
  const exact = days.findIndex((day) => day.date === today);
  if (exact >= 0) return exact;
  const dated = days
    .map((day, index) => ({ date: day.date, index }))
    .filter((d) => d.date !== '')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (dated.length === 0) return 0;
  return (dated.find((d) => d.date > today) ?? dated[dated.length - 1]!).index;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Seconds left as a countdown, rounded up: `9:05`, `1:02:03`; never below `0:00`. */
export function formatCountdown(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return hours ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}
