import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatCalendar, formatUtc } from '../../src/export/ics-format';

const bytes = (s: string) => new TextEncoder().encode(s).length;

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds ASCII at 75 octets, then 74 plus the leading space', () => {
    expect(foldLine('a'.repeat(75) + 'b'.repeat(74) + 'c')).toBe(`${'a'.repeat(75)}\r\n ${'b'.repeat(74)}\r\n c`);
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    // "é" is 2 octets: 37 of them make 74 octets, the 38th would make 76.
    const folded = foldLine('é'.repeat(40));
    expect(folded).toBe(`${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`);
  });

  it('keeps every physical line of emoji and CJK text within 75 octets', () => {
    const line = `SUMMARY:${'会議🎉'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    // 8 + 30 × 10 = 308 octets: 75 + 74 + 74 + 74 + 11.
    expect(physical.length).toBe(5);
    for (const part of physical) expect(bytes(part)).toBeLessThanOrEqual(75);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('formatUtc', () => {
  it('writes a UTC instant without separators or milliseconds', () => {
    expect(formatUtc(new Date('2027-03-14T14:00:59.999Z'))).toBe('20270314T140059Z');
  });
});

describe('formatCalendar', () => {
  const now = new Date('2027-01-05T12:00:00Z');

  it('writes a timed and an all-day event exactly, with CRLF line ends', () => {
    const text = formatCalendar(
      {
        name: 'Test',
        events: [
          {
            uid: 'p-item-1@convening-planner',
            summary: 'Welcome',
            description: 'Line 1\nLine 2',
            location: 'Hall A',
            when: { kind: 'timed', start: new Date('2027-03-13T16:00:00Z'), end: new Date('2027-03-13T16:15:00Z') },
          },
          {
            uid: 'p-task-2@convening-planner',
            summary: 'Send survey',
            description: '',
            location: '',
            when: { kind: 'all-day', date: '2027-03-16', endDate: '2027-03-17' },
            transparent: true,
          },
        ],
      },
      now,
    );
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Convening Planner//Convening Planner//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Test',
        'BEGIN:VEVENT',
        'UID:p-item-1@convening-planner',
        'DTSTAMP:20270105T120000Z',
        'DTSTART:20270313T160000Z',
        'DTEND:20270313T161500Z',
        'SUMMARY:Welcome',
        'LOCATION:Hall A',
        'DESCRIPTION:Line 1\\nLine 2',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:p-task-2@convening-planner',
        'DTSTAMP:20270105T120000Z',
        'DTSTART;VALUE=DATE:20270316',
        'DTEND;VALUE=DATE:20270317',
        'SUMMARY:Send survey',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('round-trips accented, emoji and CJK titles and , ; \\ and newlines through ical.js', () => {
    const titles = [
      'Réunion des partenaires à Montréal — façade, œuvre; “quoted” ' + 'é'.repeat(40),
      'Kick-off 🎉🚀👩🏽‍🏫 with families 👨‍👩‍👧‍👦 '.repeat(4),
      '学生支援のための協働目標設定会議、第一日目。地域の皆さんと一緒に考えます。'.repeat(2),
      'Back\\slash; semi, comma\nnew line\r\nwindows line',
    ];
    const text = formatCalendar(
      {
        name: 'Round trip',
        events: titles.map((summary, i) => ({
          uid: `rt-${i}@convening-planner`,
          summary,
          description: summary,
          location: summary,
          when: {
            kind: 'timed' as const,
            start: new Date('2027-03-13T16:00:00Z'),
            end: new Date('2027-03-13T17:00:00Z'),
          },
        })),
      },
      now,
    );
    for (const line of text.split('\r\n')) expect(bytes(line)).toBeLessThanOrEqual(75);
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    const events = parseEvents(text);
    const expected = titles.map((t) => t.replace(/\r\n/g, '\n'));
    expect(events.map((e) => e.summary)).toEqual(expected);
    expect(events.map((e) => e.description)).toEqual(expected);
    expect(events.map((e) => e.location)).toEqual(expected);
  });
});
