/** Agenda timing: every start and end follows from the day's start time and the durations. */
import { pad2 } from './dates';
import type { AgendaItem, EventDay } from './plan';

/** An item with its computed times, in minutes after the day's midnight (venue wall clock). */
export interface TimedItem {
  item: AgendaItem;
  /** Minutes after midnight; may pass 1440 when a day runs past midnight. */
  startMinutes: number;
  endMinutes: number;
}

/** `HH:mm` → minutes after midnight. */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Start and end of each item, one after the other from `dayStart`. */
export function computeDayTimes(dayStart: string, items: readonly AgendaItem[]): TimedItem[] {
  let cursor = timeToMinutes(dayStart);
  return items.map((item) => {
    const timed = { item, startMinutes: cursor, endMinutes: cursor + item.minutes };
    cursor = timed.endMinutes;
    return timed;
  });
}

/** When the day's items end (the day's start when it has none). */
export function dayEndMinutes(dayStart: string, items: readonly AgendaItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes, timeToMinutes(dayStart));
}

/** How a day's items fit its planned hours, in minutes after midnight. */
export interface DayTiming {
  /** The day's planned end (`EventDay.end`). */
  plannedEnd: number;
  /** When the items end: the day's start plus every item's length (the start when it has none). */
  actualEnd: number;
  /** How far the items run past the planned end; 0 when they do not. */
  overBy: number;
  /** How long before the planned end the items stop; 0 when they reach or pass it. */
  underBy: number;
}

/** Where the day's items end compared with its planned end: the one rule for "runs over". */
export function dayTiming(day: Pick<EventDay, 'start' | 'end'>, items: readonly AgendaItem[]): DayTiming {
  return timingFrom(day.end, dayEndMinutes(day.start, items));
}

function timingFrom(end: string, actualEnd: number): DayTiming {
  const plannedEnd = timeToMinutes(end);
  return {
    plannedEnd,
    actualEnd,
    overBy: Math.max(0, actualEnd - plannedEnd),
    underBy: Math.max(0, plannedEnd - actualEnd),
  };
}

/** A day with every item's times and how the day fits its hours: computed once, read everywhere. */
export interface DaySchedule {
  day: EventDay;
  /** 0-based position of the day in the plan. */
  index: number;
  /** The day's items with their start and end, in order. */
  times: TimedItem[];
  timing: DayTiming;
}

/**
 * The schedule of every day: the one place agenda times are computed. The agenda page, the
 * checks and every export read it (through the `$schedule` store in the browser). A day that
 * is the same object as in `previous` keeps its schedule object, so an edit on one day does not
 * re-render the other.
 */
export function scheduleDays(days: readonly EventDay[], previous: readonly DaySchedule[] = []): DaySchedule[] {
  return days.map((day, index) => {
    const before = previous[index];
    if (before && before.day === day) return before;
    const times = computeDayTimes(day.start, day.items);
    const actualEnd = times.at(-1)?.endMinutes ?? timeToMinutes(day.start);
    return { day, index, times, timing: timingFrom(day.end, actualEnd) };
  });
}

// Plain arithmetic rather than a date library: a wall-clock time has no date and no zone, and
// every page shows times, so a formatter here would weigh on every page.
/** Minutes after any midnight as the hour (0–23) and minute on the clock. */
function onClock(minutes: number): [hour: number, minute: number] {
  const m = ((Math.floor(minutes) % 1440) + 1440) % 1440;
  return [Math.floor(m / 60), m % 60];
}

/** Minutes after midnight as a clock time: `9:30 AM` (style '12h') or `09:30` ('24h'). */
export function formatClock(minutes: number, style: '12h' | '24h' = '12h'): string {
  const [h, m] = onClock(minutes);
  const text = style === '12h' ? `${h % 12 || 12}:${pad2(m)} ${h < 12 ? 'AM' : 'PM'}` : `${pad2(h)}:${pad2(m)}`;
  const days = Math.floor(minutes / 1440);
  return days > 0 ? `${text} (+${days} day)` : text;
}

/** Minutes after midnight as `HH:mm` (wraps past midnight), for data exports. */
export function minutesToTime(minutes: number): string {
  const [h, m] = onClock(minutes);
  return `${pad2(h)}:${pad2(m)}`;
}

/** A duration in words: `45 min`, `1 h`, `1 h 30 min`. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
