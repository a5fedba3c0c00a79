/** Rules about the event's days that every page needs (kept apart so pages load nothing more). */
import { nextDate } from './dates';
import type { EventDay } from './plan';

/** A new empty day 2: the day after `first`, with the same hours. */
export function secondDayAfter(first: EventDay, id: string): EventDay {
  return { id, date: nextDate(first.date), start: first.start, end: first.end, items: [], actualStart: '' };
}
