/** Calendar-date helpers on `YYYY-MM-DD` strings (wall dates at the venue, no time zone). */
import { addDays, format, isValid, parse } from 'date-fns';

const DATE_FORMAT = 'yyyy-MM-dd';

/** Parses `YYYY-MM-DD` as a local calendar date, or null when it is not a real date. */
export function parseDate(date: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = parse(date, DATE_FORMAT, new Date(2000, 0, 1));
  return isValid(parsed) ? parsed : null;
}

/** The date `days` after `date` (negative for before), or empty when `date` is not set. */
export function shiftDate(date: string, days: number): string {
  const parsed = parseDate(date);
  return parsed ? format(addDays(parsed, days), DATE_FORMAT) : '';
}

/** The calendar date after `date`, or empty when no date is set. */
export function nextDate(date: string): string {
  return shiftDate(date, 1);
}
