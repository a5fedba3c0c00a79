/**
 * Calendar text through the `ics` package, wrapped. `ics` validates the events and writes the
 * VCALENDAR and VEVENT lines; around it we pass every instant as a UTC timestamp already computed
 * in the venue's time zone (ics would read date-time arrays in the runtime's zone), pass all-day
 * dates as `[y, m, d]` arrays (ics writes those as `VALUE=DATE`), escape the calendar name (ics
 * only encodes its line breaks), turn lone CRs into line breaks (ics leaves them raw), and send
 * its output through `refoldCalendar` (it folds at 75 characters, not 75 octets).
 */
import { createEvents, type EventAttributes } from 'ics';
import { fail, ok, type Result } from '../domain/result';
import { refoldCalendar } from './ics-fold';

/** When an event happens: two UTC instants, or whole days at the venue (end exclusive). */
export type IcsWhen =
  | { kind: 'timed'; start: Date; end: Date }
  | {
      kind: 'all-day';
      /** First day, `YYYY-MM-DD`. */
      date: string;
      /** The day after the last day, `YYYY-MM-DD` (iCalendar's end is exclusive). */
      endDate: string;
    };

export interface IcsEvent {
  /** Globally unique and stable, so a re-import updates the event instead of adding a copy. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  when: IcsWhen;
  /** All-day reminders should not block time in the person's calendar. */
  transparent?: boolean;
}

export interface IcsCalendar {
  /** Calendar name shown by Apple Calendar and Google when the file is subscribed to. */
  name: string;
  events: readonly IcsEvent[];
}

/** What every event of one file says about its version. */
export interface IcsVersion {
  /** DTSTAMP: when the file is made. */
  now: Date;
  /** LAST-MODIFIED: when the events' source last changed. */
  lastModified: Date;
  /** SEQUENCE: must rise whenever the events may have changed, so calendars take the update. */
  sequence: number;
}

const PRODUCT_ID = '-//Convening Planner//Convening Planner//EN';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Every line break as `\n`: ics escapes `\r\n` and `\n` but would write a lone `\r` raw. */
function plainBreaks(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/** `YYYY-MM-DD` as ics's three-number date, which it writes as a zone-free `VALUE=DATE`. */
function dateArray(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
}

// ics 3.12 takes DTSTAMP from `timestamp` (its schema has it) but its type declarations omit it.
type PackageEvent = EventAttributes & { timestamp: number };

function packageEvent(event: IcsEvent, version: IcsVersion): PackageEvent {
  const common = {
    uid: event.uid,
    title: plainBreaks(event.summary),
    description: plainBreaks(event.description),
    location: plainBreaks(event.location),
    timestamp: version.now.getTime(),
    lastModified: version.lastModified.getTime(),
    sequence: version.sequence,
    transp: event.transparent ? ('TRANSPARENT' as const) : ('OPAQUE' as const),
  };
  if (event.when.kind === 'all-day') {
    return { ...common, start: dateArray(event.when.date), end: dateArray(event.when.endDate) };
  }
  return {
    ...common,
    start: event.when.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.when.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  };
}

/** ics reports a refused event as an Error or as a copy of yup's error (a plain object). */
function reason(error: unknown): string {
  const { message, errors } = error as { message?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.length) return errors.join('; ');
  return typeof message === 'string' && message ? message : String(error);
}

/**
 * The text of a `.ics` file, or why `ics` refused the events. METHOD:PUBLISH and no ORGANIZER or
 * ATTENDEE lines: with those, Outlook treats the file as a meeting request and may refuse or
 * freeze on the import. Timed events are OPAQUE (busy), all-day reminders TRANSPARENT.
 */
export function formatCalendar(calendar: IcsCalendar, version: IcsVersion): Result<string> {
  const { error, value } = createEvents(
    calendar.events.map((event) => packageEvent(event, version)),
    { productId: PRODUCT_ID, method: 'PUBLISH', calName: escapeText(calendar.name) },
  );
  if (error || value === null) return fail(`The calendar file could not be written (${reason(error)}).`);
  return ok(refoldCalendar(value));
}
