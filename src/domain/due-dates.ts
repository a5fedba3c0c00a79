/**
 * Due dates on working days: a task that would fall due on a Saturday or Sunday is due on the
 * Friday before, so nobody is asked to book a venue on a weekend. Every view of the checklist
 * (page, print, .ics, Markdown, CSV) reads its dates through `workdayDue`, so they always agree.
 */
import { parseDate, shiftDate } from './dates';

/** A due date moved off a weekend, with where it came from. */
export interface WorkdayDue {
  /** `YYYY-MM-DD` on a weekday, or empty when the date was not set. */
  due: string;
  /** The weekend date it was moved from, or empty when it was not moved. */
  movedFrom: string;
}

/**
 * The weekday a task is due on: a Saturday or Sunday becomes the Friday before (`2027-03-13`, a
 * Saturday, gives `{ due: '2027-03-12', movedFrom: '2027-03-13' }`). Weekdays, unset dates and
 * the event's own days (`eventDates`: a weekend convening is worked on that weekend) are kept.
 * When the Friday would come before `earliest` (a follow-up task the weekend after a Saturday
 * event must not be due before the event), it moves to the Monday after instead.
 */
export function workdayDue(date: string, eventDates: readonly string[] = [], earliest = ''): WorkdayDue {
  const parsed = parseDate(date);
  if (!parsed || eventDates.includes(date)) return { due: date, movedFrom: '' };
  const weekday = parsed.getDay();
  if (weekday !== 0 && weekday !== 6) return { due: date, movedFrom: '' };
  const friday = shiftDate(date, weekday === 6 ? -1 : -2);
  // `YYYY-MM-DD` strings sort as the dates they name.
  if (friday >= earliest) return { due: friday, movedFrom: date };
  return { due: shiftDate(date, weekday === 6 ? 2 : 1), movedFrom: date };
}

/** A day in the short form the moved-date note uses: `Sat 13 Mar`. Empty for an unset date. */
export function dayMonth(date: string): string {
  const parsed = parseDate(date);
  if (!parsed) return '';
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short' }).format(parsed);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short' }).format(parsed);
  return `${weekday} ${parsed.getDate()} ${month}`;
}

/** The note shown next to a moved due date: `moved from Sat 13 Mar, a weekend`; empty when not moved. */
export function movedNote(movedFrom: string): string {
  return movedFrom ? `moved from ${dayMonth(movedFrom)}, a weekend` : '';
}
