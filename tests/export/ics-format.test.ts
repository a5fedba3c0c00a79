import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, formatCalendar, type IcsEvent, type IcsVersion } from '../../src/export/ics-format';
import { unfoldLines } from '../../src/export/ics-fold';

const octets = (s: string) => new TextEncoder().encode(s).length;
const version: IcsVersion = {
  now: new Date('2027-01-05T12:00:00Z'),
  lastModified: new Date('2027-01-04T09:30:00Z'),
  sequence: 7,
};
const timed = (start: string, end: string) => ({ kind: 'timed' as const, start: new Date(start), end: new Date(end) });

function text(events: IcsEvent[], name = 'Test'): string {
  const result = formatCalendar({ name, events }, version);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function parseEvents(calendar: string) {
  const component = new ICAL.Component(ICAL.parse(calendar));
  return component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('formatCalendar, the ics package wrapped', () => {
  it('writes a timed and an all-day event exactly, with CRLF line ends', () => {
    const calendar = text([
      {
        uid: 'p-item-1@convening-planner',
        summary: 'Welcome',
        description: 'Line 1\nLine 2',
        location: 'Hall A',
        when: timed('2027-03-13T16:00:00Z', '2027-03-13T16:15:00Z'),
      },
      {
        uid: 'p-task-2@convening-planner',
        summary: 'Send survey',
        description: '',
        location: '',
        when: { kind: 'all-day', date: '2027-03-16', endDate: '2027-03-17' },
        transparent: true,
      },
    ]);
    expect(calendar).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:-//Convening Planner//Convening Planner//EN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Test',
        'BEGIN:VEVENT',
        'UID:p-item-1@convening-planner',
        'SUMMARY:Welcome',
        'DTSTAMP:20270105T120000Z',
        'DTSTART:20270313T160000Z',
        'DTEND:20270313T161500Z',
        'SEQUENCE:7',
        'DESCRIPTION:Line 1\\nLine 2',
        'LOCATION:Hall A',
        'TRANSP:OPAQUE',
        'LAST-MODIFIED:20270104T093000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:p-task-2@convening-planner',
        'SUMMARY:Send survey',
        'DTSTAMP:20270105T120000Z',
        'DTSTART;VALUE=DATE:20270316',
        'DTEND;VALUE=DATE:20270317',
        'SEQUENCE:7',
        'TRANSP:TRANSPARENT',
        'LAST-MODIFIED:20270104T093000Z',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('round-trips accented, emoji and CJK titles and , ; \\ and every line break through ical.js', () => {
    const titles = [
      'Réunion des partenaires à Montréal — façade, œuvre; “quoted” ' + 'é'.repeat(40),
      'Kick-off 🎉🚀👩🏽‍🏫 with families 👨‍👩‍👧‍👦 '.repeat(4),
      '学生支援のための協働目標設定会議、第一日目。地域の皆さんと一緒に考えます。'.repeat(2),
      'Back\\slash; semi, comma\nnew line\r\nwindows line\rold Mac line',
    ];
    const calendar = text(
      titles.map((summary, i) => ({
        uid: `rt-${i}@convening-planner`,
        summary,
        description: summary,
        location: summary,
        when: timed('2027-03-13T16:00:00Z', '2027-03-13T17:00:00Z'),
      })),
      'Café, Plan; Day \\ 会議',
    );
    for (const line of calendar.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(calendar.includes('\n') && !/[^\r]\n|\r[^\n]/.test(calendar)).toBe(true);
    const events = parseEvents(calendar);
    const expected = titles.map((t) => t.replace(/\r\n?/g, '\n'));
    expect(events.map((e) => e.summary)).toEqual(expected);
    expect(events.map((e) => e.description)).toEqual(expected);
    expect(events.map((e) => e.location)).toEqual(expected);
    // ical.js leaves X- properties as written, so the escaped name is checked as text.
    expect(unfoldLines(calendar).find((l) => l.startsWith('X-WR-CALNAME:'))).toBe(
      'X-WR-CALNAME:Café\\, Plan\\; Day \\\\ 会議',
    );
  });

  it('gives back why ics refused the events instead of throwing', () => {
    // ics takes instants as milliseconds since 1970 and refuses anything earlier.
    const event = { uid: 'old', summary: 'Old', description: '', location: '' };
    expect(
      formatCalendar(
        { name: 'Old', events: [{ ...event, when: timed('1969-07-20T20:17:00Z', '1969-07-20T21:17:00Z') }] },
        version,
      ),
    ).toEqual({
      ok: false,
      error:
        'The calendar file could not be written (start must be greater than or equal to 0; end must be greater than or equal to 0).',
    });
  });
});
