/**
 * Calendar-date helpers on `YYYY-MM-DD` strings (wall dates at the venue, no time zone).
 * They use Date arithmetic and Intl rather than a date library's formatter: these helpers are
 * on every page, and even date-fns' light formatter weighs about 0.7 KB gzip there.
 */
/** A number with a leading zero below 10: `7` → `07`. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a `YYYY-MM-DD` date that exists on the calendar (no 2027-02-30). */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC keeps it free of the runtime's zone.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` as a local calendar date, or null when it is not a real date. */
export function parseDate(date: string): Date | null {
  if (!isRealDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(y, m - 1, d);
  // Years 0–99 would be read as 1900–1999 by the constructor.
  parsed.setFullYear(y);
  return parsed;
}

/** The date `days` after `date` (negative for before), or empty when `date` is not set. */
export function shiftDate(date: string, days: number): string {
  const parsed = parseDate(date);
  if (!parsed) return '';
  parsed.setDate(parsed.getDate() + days);
  return dateText(parsed);
}

/** The local calendar date of `date` as `YYYY-MM-DD` (e.g. today on this computer). */
export function dateText(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** The calendar date after `date`, or empty when no date is set. */
export function nextDate(date: string): string {
  return shiftDate(date, 1);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`; negative when `to` is earlier), or null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  if (!isRealDate(from) || !isRealDate(to)) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A date in words for headings and printouts, e.g. `Saturday, March 13, 2027` (en-US) —
 * Intl does the wording, so no locale tables ship with the page. Empty input gives ''.
 */
export function longDate(date: string, locale = 'en-US'): string {
  const parsed = parseDate(date);
  if (!parsed) return '';
  return new Intl.DateTimeFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    parsed,
  );
}

/** A short date for narrow columns, e.g. `Sat, Mar 13, 2027`; empty for an unset date. */
export function shortDate(date: string, locale = 'en-US'): string {
  const parsed = parseDate(date);
  if (!parsed) return '';
  return new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(
    parsed,
  );
}

/** The calendar date of `now` on this computer's clock, as `YYYY-MM-DD` (for "invited today"). */
export function localIsoDate(now: Date): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
