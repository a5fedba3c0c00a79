import ICAL from 'ical.js';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The "browser" runs in Tokyo while the venue is in Chicago: nothing may depend on the runtime
// zone. Hoisted above the imports, so every module is loaded with the Tokyo zone in force.
const previousTz = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  return previous;
});
// A reused worker must not keep Tokyo for the next test file.
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});
import { buildAgendaView } from '../../src/export/agenda-view';
import {
  dayEventsCalendar,
  itemEventsCalendar,
  planSequence,
  reminderCalendar,
  type CalendarStamp,
} from '../../src/export/calendar';
import type { Plan } from '../../src/domain/plan';
import type { Result } from '../../src/domain/result';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();
const now = new Date('2027-01-05T12:00:00Z');
/** The plan last changed on 4 January 2027 at 09:30 UTC: 365 + 3 days and 9.5 hours, 31,829,400 s, after 2026-01-01. */
const stamp: CalendarStamp = { now, changedAt: new Date('2027-01-04T09:30:00Z') };

function value(result: Result<string>): string {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return {
    method: component.getFirstPropertyValue('method'),
    events: component.getAllSubcomponents('vevent').map((c) => ({
      uid: String(c.getFirstPropertyValue('uid')),
      summary: String(c.getFirstPropertyValue('summary')),
      description: String(c.getFirstPropertyValue('description')),
      start: (c.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
      end: (c.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
      sequence: c.getFirstPropertyValue('sequence'),
      organizer: c.getFirstProperty('organizer'),
      attendee: c.getFirstProperty('attendee'),
    })),
  };
}

const calendars = (plan: Plan, when: CalendarStamp = stamp) => {
  const view = buildAgendaView(plan, content.goals);
  return {
    days: dayEventsCalendar(plan, view, when),
    items: itemEventsCalendar(plan, view, when),
    reminders: reminderCalendar(plan, view, when),
  };
};

describe('calendar files for a venue in America/Chicago, exported from Asia/Tokyo', () => {
  const plan = samplePlan(content);
  const files = calendars(plan);

  it('really runs the process in another time zone than the venue', () => {
    expect(new Date(2027, 2, 13).getTimezoneOffset()).toBe(-540);
  });

  it('writes one event per day at the venue hours, across the DST change (CST then CDT)', () => {
    const lines = value(files.days).split('\r\n');
    expect(lines.filter((l) => /^(UID|DTSTART|DTEND|SUMMARY|LOCATION):/.test(l))).toEqual([
      'UID:plan-riverside-day-day-1@convening-planner',
      'SUMMARY:Riverside Student Success Convening (day 1 of 2)',
      'DTSTART:20270313T160000Z',
      'DTEND:20270313T220000Z',
      'LOCATION:Riverside Public Library\\, 100 Main St\\, Riverside',
      'UID:plan-riverside-day-day-2@convening-planner',
      'SUMMARY:Riverside Student Success Convening (day 2 of 2)',
      'DTSTART:20270314T140000Z',
      'DTEND:20270314T193000Z',
      'LOCATION:Riverside Public Library\\, 100 Main St\\, Riverside',
    ]);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'PRODID:-//Convening Planner//Convening Planner//EN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Riverside Student Success Convening',
    ]);
  });

  it('puts the short agenda with venue times in the day event description', () => {
    const parsed = new ICAL.Component(ICAL.parse(value(files.days)));
    const description = parsed.getFirstSubcomponent('vevent')!.getFirstPropertyValue('description');
    expect(String(description).split('\n').slice(0, 6)).toEqual([
      'All times are local to the venue (America/Chicago).',
      '',
      'Agenda:',
      '10:00 AM Welcome',
      '10:15 AM Review Goals for the Convening',
      '10:25 AM Introductions: Who is Here and How Are We Working to Support Youth?',
    ]);
  });

  it('writes one event per agenda item with its computed UTC times', () => {
    const { events } = parse(value(files.items));
    expect(events.length).toBe(plan.days[0]!.items.length + plan.days[1]!.items.length);
    expect(events.slice(0, 2).map((e) => [e.uid, e.summary, e.start, e.end])).toEqual([
      ['plan-riverside-item-d1-i1@convening-planner', 'Welcome', '2027-03-13T16:00:00Z', '2027-03-13T16:15:00Z'],
      [
        'plan-riverside-item-d1-i2@convening-planner',
        'Review Goals for the Convening',
        '2027-03-13T16:15:00Z',
        '2027-03-13T16:25:00Z',
      ],
    ]);
    // Day 2 starts at 09:00 CDT, which is 14:00 UTC (an hour "earlier" than day 1's offset).
    const day2 = events.find((e) => e.uid === 'plan-riverside-item-d2-i1@convening-planner');
    expect([day2?.start, day2?.end]).toEqual(['2027-03-14T14:00:00Z', '2027-03-14T14:10:00Z']);
  });

  it('writes one all-day reminder per open task with an exclusive end date', () => {
    const { events } = parse(value(files.reminders));
    expect(
      events.map((e) => [e.uid.replace(/^plan-riverside-task-|@convening-planner$/g, ''), e.start, e.end]),
    ).toEqual([
      ['confirm-co-conveners', '2027-01-12', '2027-01-13'],
      ['book-venue', '2027-01-15', '2027-01-16'],
      ['send-invitations', '2027-01-29', '2027-01-30'],
      ['send-prework', '2027-02-26', '2027-02-27'],
      ['send-reminders', '2027-03-03', '2027-03-04'],
      ['media-release', '2027-03-05', '2027-03-06'],
      ['prepare-data-materials', '2027-03-05', '2027-03-06'],
      ['brief-facilitators', '2027-03-10', '2027-03-11'],
      ['print-materials', '2027-03-11', '2027-03-12'],
      ['document-event', '2027-03-13', '2027-03-14'],
      ['feedback-survey', '2027-03-16', '2027-03-17'],
      ['share-goals-next-steps', '2027-03-17', '2027-03-18'],
      ['share-photos', '2027-03-19', '2027-03-20'],
      ['ask-meet-again', '2027-03-19', '2027-03-20'],
      ['schedule-next-meeting', '2027-04-02', '2027-04-03'],
    ]);
    expect(value(files.reminders)).toContain('\r\nDTSTART;VALUE=DATE:20270112\r\nDTEND;VALUE=DATE:20270113\r\n');
  });

  it('says in the reminder when a due date was moved off a weekend', () => {
    const venue = parse(value(files.reminders)).events.find((e) => e.uid.includes('-task-book-venue@'));
    expect(venue?.description.split('\n\n')[1]).toBe('Due date moved from Sat 16 Jan, a weekend.');
  });

  it('has METHOD:PUBLISH, CRLF only, no ORGANIZER or ATTENDEE, and lines of at most 75 octets in every file', () => {
    for (const text of [files.days, files.items, files.reminders].map(value)) {
      const parsed = parse(text);
      expect(parsed.method).toBe('PUBLISH');
      expect(parsed.events.every((e) => e.organizer === null && e.attendee === null)).toBe(true);
      expect(/[^\r]\n/.test(text)).toBe(false);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(Math.max(...text.split('\r\n').map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75);
      expect(text.match(/^DTSTAMP:20270105T120000Z$/gm)?.length).toBe(parsed.events.length);
    }
  });

  it('gives the same UIDs on every export, so a re-import updates the events', () => {
    const again = calendars(samplePlan(content));
    const uids = (r: Result<string>) => parse(value(r)).events.map((e) => e.uid);
    expect(uids(again.items)).toEqual(uids(files.items));
    expect(new Set(uids(files.items)).size).toBe(uids(files.items).length);
  });
});

describe('the version a calendar file gives its events', () => {
  const plan = samplePlan(content);
  const lines = (result: Result<string>, name: string) =>
    value(result)
      .split('\r\n')
      .filter((l) => l.startsWith(`${name}:`));

  it('counts SEQUENCE in whole seconds from 2026-01-01 UTC to the last change, never below zero', () => {
    expect(
      ['2026-01-01T00:00:00Z', '2026-01-01T00:00:01.999Z', '2027-01-04T09:30:00Z', '2025-12-31T23:00:00Z'].map((t) =>
        planSequence(new Date(t)),
      ),
    ).toEqual([0, 1, 31829400, 0]);
  });

  it('keeps SEQUENCE and LAST-MODIFIED while the plan is unchanged, whenever the file is made', () => {
    const later = calendars(plan, { now: new Date('2027-02-01T08:00:00Z'), changedAt: stamp.changedAt });
    const first = calendars(plan);
    for (const key of ['days', 'items', 'reminders'] as const) {
      expect(lines(later[key], 'SEQUENCE')).toEqual(lines(first[key], 'SEQUENCE'));
      expect(new Set(lines(later[key], 'SEQUENCE'))).toEqual(new Set(['SEQUENCE:31829400']));
      expect(new Set(lines(later[key], 'LAST-MODIFIED'))).toEqual(new Set(['LAST-MODIFIED:20270104T093000Z']));
      expect(new Set(lines(later[key], 'DTSTAMP'))).toEqual(new Set(['DTSTAMP:20270201T080000Z']));
    }
  });

  it('raises SEQUENCE on every event after the plan changed', () => {
    const edited = { ...plan, event: { ...plan.event, venue: 'Riverside High School' } };
    const after = calendars(edited, { now, changedAt: new Date('2027-01-04T09:30:01Z') });
    const sequences = parse(value(after.days)).events.map((e) => e.sequence);
    expect(sequences).toEqual([31829401, 31829401]);
    expect(lines(after.items, 'LAST-MODIFIED')[0]).toBe('LAST-MODIFIED:20270104T093001Z');
  });

  it('marks timed events busy and all-day reminders free', () => {
    expect(new Set(lines(calendars(plan).items, 'TRANSP'))).toEqual(new Set(['TRANSP:OPAQUE']));
    expect(new Set(lines(calendars(plan).reminders, 'TRANSP'))).toEqual(new Set(['TRANSP:TRANSPARENT']));
  });
});

describe('calendar files that cannot be made', () => {
  it('explains that dates are missing', () => {
    const plan = samplePlan(content);
    plan.days = [{ id: 'd', date: '', start: '09:00', end: '16:00', actualStart: '', items: plan.days[0]!.items }];
    expect(calendars(plan).days).toEqual({
      ok: false,
      error: 'No event day has a date yet. Set the dates on the Start page, then export again.',
    });
  });

  it('refuses an unknown time zone instead of shifting the times', () => {
    const plan = samplePlan(content, { event: { timeZone: 'Mars/Olympus' } });
    expect(calendars(plan).items).toEqual({
      ok: false,
      error: 'The venue time zone "Mars/Olympus" is not a time zone this browser knows. Choose one on the Start page.',
    });
  });

  it('refuses a day that ends before it starts instead of making an overnight event', () => {
    const plan = samplePlan(content);
    plan.days[1] = { ...plan.days[1]!, start: '16:00', end: '09:30' };
    expect(calendars(plan).days).toEqual({
      ok: false,
      error:
        'Day 2 ends at 9:30 AM, which is not after its start at 4:00 PM. Fix the times on the Start page, then export again.',
    });
  });

  it('refuses a day that ends when it starts', () => {
    const plan = samplePlan(content);
    plan.days[0] = { ...plan.days[0]!, start: '09:00', end: '09:00' };
    expect(calendars(plan).days).toEqual({
      ok: false,
      error:
        'Day 1 ends at 9:00 AM, which is not after its start at 9:00 AM. Fix the times on the Start page, then export again.',
    });
  });

  it('leaves done tasks out of the reminders', () => {
    const plan = samplePlan(content);
    plan.checklist = plan.checklist.map((item) => ({ ...item, done: item.id !== 'feedback-survey' }));
    expect(parse(value(calendars(plan).reminders)).events.map((e) => e.summary)).toEqual([
      'Send a follow-up survey to solicit feedback (Convener)',
    ]);
  });
});

describe('the invitee calendar of a small known plan', () => {
  it('is exactly this text', () => {
    const base = samplePlan(content);
    const plan: Plan = {
      ...base,
      event: {
        ...base.event,
        title: 'Café, Plan; Day',
        venue: 'Hall',
      },
      days: [
        {
          id: 'only',
          date: '2027-11-07',
          start: '08:30',
          end: '12:00',
          actualStart: '',
          items: base.days[0]!.items.slice(0, 2),
        },
      ],
    };
    // 2027-11-07 is the day Chicago falls back to CST: 08:30 CST = 14:30 UTC.
    expect(value(calendars(plan).days)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:-//Convening Planner//Convening Planner//EN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Café\\, Plan\\; Day',
        'BEGIN:VEVENT',
        'UID:plan-riverside-day-only@convening-planner',
        'SUMMARY:Café\\, Plan\\; Day',
        'DTSTAMP:20270105T120000Z',
        'DTSTART:20271107T143000Z',
        'DTEND:20271107T180000Z',
        'SEQUENCE:31829400',
        'DESCRIPTION:All times are local to the venue (America/Chicago).\\n\\nAgenda:\\',
        ' n8:30 AM Welcome\\n8:45 AM Review Goals for the Convening',
        'LOCATION:Hall',
        'TRANSP:OPAQUE',
        'LAST-MODIFIED:20270104T093000Z',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
});
