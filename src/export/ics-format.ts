/**
 * A small iCalendar (RFC 5545) writer. We write the text ourselves rather than with the `ics`
 * package because `ics` 3.12 folds lines every 75 *characters* (so a line of accented, emoji or
 * CJK text can pass 75 octets, which the RFC forbids and strict parsers reject), folds with a
 * tab, and has no way to leave out its own defaults. The rules we need are few: CRLF line ends,
 * folding at 75 octets without splitting a character, text escaping, UTC instants and all-day
 * dates with an exclusive end.
 */

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

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no physical line is longer than 75 octets of UTF-8. Breaks fall
 * between code points, never inside a multi-byte character; continuation lines start with one
 * space, which counts toward their 75 octets.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A UTC instant as `YYYYMMDDTHHMMSSZ`. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** `YYYY-MM-DD` as an iCalendar DATE, `YYYYMMDD`. */
export function formatDate(date: string): string {
  return date.replace(/-/g, '');
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  if (event.when.kind === 'timed') {
    lines.push(`DTSTART:${formatUtc(event.when.start)}`, `DTEND:${formatUtc(event.when.end)}`);
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${formatDate(event.when.date)}`,
      `DTEND;VALUE=DATE:${formatDate(event.when.endDate)}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.transparent) lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The text of a `.ics` file. METHOD:PUBLISH and no ORGANIZER or ATTENDEE lines: with those,
 * Outlook treats the file as a meeting request and may refuse or freeze on the import.
 * `now` becomes every event's DTSTAMP.
 */
export function formatCalendar(calendar: IcsCalendar, now: Date): string {
  const stamp = formatUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Convening Planner//Convening Planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
