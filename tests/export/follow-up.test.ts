import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The device is in Tokyo, the venue in Chicago: nothing may follow the device's zone.
const previousTz = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  return previous;
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});
import { createPlan, type Plan } from '../../src/domain/plan';
import type { Result } from '../../src/domain/result';
import type { CalendarStamp } from '../../src/export/calendar';
import { followUpCalendar } from '../../src/export/follow-up-calendar';
import { commitmentsCsv, thankYouCsv } from '../../src/export/follow-up-csv';
import { followUpDocx } from '../../src/export/follow-up-docx';
import { buildFollowUpFile } from '../../src/export/follow-up-files';
import { followUpEmail, followUpMarkdown, mailtoLink, MAILTO_LIMIT } from '../../src/export/follow-up-text';
import { buildFollowUpView, hasOutcomes, type FollowUpContent } from '../../src/export/follow-up-view';
import { loadContent } from '../helpers/content';
import { planAfterEvent } from '../helpers/outcomes-plan';

const content = loadContent();
const toolkit: FollowUpContent = {
  goals: content.goals,
  assetKinds: content.goals.flatMap((g) => g.guidance.assetKinds),
};
const plan = planAfterEvent(content);
const view = buildFollowUpView(plan, toolkit);
const stamp: CalendarStamp = { now: new Date('2027-03-15T12:00:00Z'), changedAt: new Date('2027-03-14T20:00:00Z') };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the follow-up summary', () => {
  it('words every goal agreed as what, who, how many, by when and the event goal it grew from', () => {
    expect(view.goals).toEqual([
      {
        what: 'Recruit and train tutors for the three middle schools',
        details: [
          'Who: Riverside Unified and the Boys & Girls Club',
          'How many: 60 tutors',
          'By: Wednesday, September 1, 2027',
          'From the event goal: Set Preliminary Goals',
        ],
      },
      { what: 'Match students on the absence list with mentors', details: ['How many: 150 students'] },
    ]);
  });

  it('groups commitments by organisation (case ignored), alphabetically, with the unnamed ones last', () => {
    expect(view.commitments).toEqual([
      {
        organization: 'Boys & Girls Club',
        entries: [
          { person: 'Marcus Lee', what: 'Host two tutor trainings', due: 'Tuesday, April 13, 2027' },
          { person: '', what: 'Open a third site', due: '' },
        ],
      },
      {
        organization: 'Riverside College',
        entries: [
          { person: '李小龍', what: 'Share the work-study list; café tutors 😀', due: 'Thursday, April 1, 2027' },
        ],
      },
      { organization: 'Others', entries: [{ person: 'Jo Park', what: '=HYPERLINK("x")', due: '' }] },
    ]);
  });

  it('lists what was heard per day with the session time, the assets, the next meeting and the thanks', () => {
    expect(view.heard).toEqual([
      {
        heading: 'Day 1 · Saturday, March 13, 2027',
        sessions: [
          {
            time: '10:15 AM',
            title: 'Review Goals for the Convening',
            notes: 'Attendance is the top concern.\nFamilies want evening sessions.',
          },
        ],
      },
    ]);
    expect(view.assets).toEqual([
      { kind: 'Youth-serving organizations', text: 'Tutoring at two club sites' },
      { kind: 'Other', text: 'Library study rooms after school' },
    ]);
    expect(view.nextMeeting).toBe('Thursday, April 15, 2027, 3:00 PM – 4:30 PM, City Hall, Room 2');
    expect(view.thanks).toBe(
      'Thank you for your time, your ideas and your commitments. We look forward to the next steps together.',
    );
    expect(view.attended).toBe(2);
  });

  it('has nothing to say for a plan before its event', () => {
    expect(hasOutcomes(buildFollowUpView(createPlan({ timeZone: 'UTC' }), toolkit))).toBe(false);
    expect(hasOutcomes(view)).toBe(true);
  });
});

describe('the summary as Markdown', () => {
  it('has every section, in order, with user text escaped', () => {
    const md = followUpMarkdown(view);
    expect(md.split('\n').slice(0, 9)).toEqual([
      '# Follow-up: Riverside Student Success Convening',
      '',
      "Convened by Riverside Unified School District with Mayor's Office of Riverside and Riverside Community Foundation",
      '',
      'Thank you for taking part in Riverside Student Success Convening on Saturday, March 13, 2027 and Sunday, March 14, 2027 at Riverside Public Library, 100 Main St, Riverside. Here is what we agreed and who does what next.',
      '',
      '## Goals we agreed',
      '',
      '1. **Recruit and train tutors for the three middle schools** — Who: Riverside Unified and the Boys & Girls Club. How many: 60 tutors. By: Wednesday, September 1, 2027. From the event goal: Set Preliminary Goals',
    ]);
    expect(md.match(/^## .*/gm)).toEqual([
      '## Goals we agreed',
      '## Who does what next',
      '## What we heard',
      '## Assets and opportunities confirmed',
      '## Next meeting',
      '## Thank you',
    ]);
    expect(md).toContain(
      '### Boys & Girls Club\n\n- **Marcus Lee**: Host two tutor trainings — by Tuesday, April 13, 2027\n',
    );
    expect(md).toContain(
      '**10:15 AM · Review Goals for the Convening**  \nAttendance is the top concern.  \nFamilies want evening sessions.\n',
    );
  });
});

describe('the summary as email text', () => {
  const email = followUpEmail(view);

  it('has the follow-up title as subject and plain sections in capitals', () => {
    expect(email.subject).toBe('Follow-up: Riverside Student Success Convening');
    expect(email.body.split('\n').filter((l) => /^[A-Z ]+$/.test(l))).toEqual([
      'GOALS WE AGREED',
      'WHO DOES WHAT NEXT',
      'WHAT WE HEARD',
      'ASSETS AND OPPORTUNITIES CONFIRMED',
      'NEXT MEETING',
    ]);
    expect(email.body).toContain(
      'Riverside College\n- 李小龍: Share the work-study list; café tutors 😀 (by Thursday, April 1, 2027)\n',
    );
  });

  it('fits a mailto: link with subject and body percent-encoded and CRLF line breaks', () => {
    const link = mailtoLink({ subject: 'Follow-up: Café & co', body: 'Line one\nLine 2 = 100% ✓' });
    expect(link).toBe(
      'mailto:?subject=Follow-up%3A%20Caf%C3%A9%20%26%20co&body=Line%20one%0D%0ALine%202%20%3D%20100%25%20%E2%9C%93',
    );
    expect(new URL(link!).searchParams.get('body')).toBe('Line one\r\nLine 2 = 100% ✓');
  });

  it('gives no link when it would be longer than mail programs take, so the page offers copying', () => {
    expect(mailtoLink({ subject: 'S', body: 'x'.repeat(MAILTO_LIMIT) })).toBeNull();
    // The sample's whole summary, with its CJK and emoji, encodes to more than that.
    expect(mailtoLink(email)).toBeNull();
  });
});

describe('the commitments CSV and the thank-you list', () => {
  it('lists every commitment with the email of the person linked, formula-safe, with a BOM', () => {
    const text = commitmentsCsv(plan);
    expect(text.startsWith('\uFEFF"Organization","Person","Email","Commitment","Due date"\r\n')).toBe(true);
    expect(csvRows(text)).toEqual([
      ['Organization', 'Person', 'Email', 'Commitment', 'Due date'],
      ['Boys & Girls Club', 'Marcus Lee', 'p2@example.org', 'Host two tutor trainings', '2027-04-13'],
      ['Riverside College', '李小龍', 'p3@example.org', 'Share the work-study list; café tutors 😀', '2027-04-01'],
      ['', 'Jo Park', '', '\'=HYPERLINK("x")', ''],
      ['boys & girls club', '', '', 'Open a third site', ''],
    ]);
  });

  it('thanks everyone marked as attended', () => {
    expect(csvRows(thankYouCsv(plan))).toEqual([
      ['Name', 'Organization', 'Role', 'Email'],
      ['Ana Núñez', 'Riverside Unified', '', 'p1@example.org'],
      ['Marcus Lee', 'Boys & Girls Club', '', 'p2@example.org'],
    ]);
  });
});

describe('the follow-up calendar, made in Tokyo for a venue in Chicago', () => {
  const text = value(followUpCalendar(plan, stamp));
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => ({
    uid: String(c.getFirstPropertyValue('uid')),
    summary: String(c.getFirstPropertyValue('summary')),
    start: (c.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    end: (c.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
  }));

  it('has the next meeting at venue time in UTC and one all-day reminder per commitment due date', () => {
    expect(events).toEqual([
      {
        uid: 'plan-riverside-meeting-next@convening-planner',
        summary: 'Next meeting: Riverside Student Success Convening',
        // 15:00–16:30 CDT.
        start: '2027-04-15T20:00:00Z',
        end: '2027-04-15T21:30:00Z',
      },
      {
        uid: 'plan-riverside-commitment-c1@convening-planner',
        summary: 'Due: Host two tutor trainings (Marcus Lee, Boys & Girls Club)',
        start: '2027-04-13',
        end: '2027-04-14',
      },
      {
        uid: 'plan-riverside-commitment-c2@convening-planner',
        summary: 'Due: Share the work-study list; café tutors 😀 (李小龍, Riverside College)',
        start: '2027-04-01',
        end: '2027-04-02',
      },
    ]);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270413\r\nDTEND;VALUE=DATE:20270414\r\n');
  });

  it('keeps the calendar rules: METHOD:PUBLISH, no ORGANIZER or ATTENDEE, CRLF, 75-octet lines', () => {
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(/ORGANIZER|ATTENDEE/.test(text)).toBe(false);
    expect(/[^\r]\n/.test(text)).toBe(false);
    expect(Math.max(...text.split('\r\n').map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75);
    // 437 days and 20 hours after 2026-01-01 UTC, in seconds: the plan's last change.
    expect(text.match(/^SEQUENCE:.*$/gm)).toEqual(Array(3).fill('SEQUENCE:37828800'));
  });

  it('books an hour for a meeting with no end, and the whole day for one with no start', () => {
    const at = (meeting: Partial<Plan['outcomes']['nextMeeting']>) => {
      const p = {
        ...plan,
        outcomes: { ...plan.outcomes, commitments: [], nextMeeting: { ...plan.outcomes.nextMeeting, ...meeting } },
      };
      return value(followUpCalendar(p, stamp));
    };
    expect(at({ end: '' })).toContain('\r\nDTSTART:20270415T200000Z\r\nDTEND:20270415T210000Z\r\n');
    expect(at({ start: '', end: '' })).toContain('\r\nDTSTART;VALUE=DATE:20270415\r\nDTEND;VALUE=DATE:20270416\r\n');
  });

  it('refuses a meeting that ends before it starts, or a plan with nothing to put in it', () => {
    const late = {
      ...plan,
      outcomes: { ...plan.outcomes, nextMeeting: { ...plan.outcomes.nextMeeting, end: '14:00' } },
    };
    expect(followUpCalendar(late, stamp)).toEqual({
      ok: false,
      error:
        'The next meeting ends at 2:00 PM, which is not after its start at 3:00 PM. Fix the times on the follow-up page, then export again.',
    });
    expect(followUpCalendar(createPlan({ timeZone: 'UTC' }), stamp)).toEqual({
      ok: false,
      error:
        'There is no next meeting date and no commitment with a due date yet, so there is nothing to put in a calendar.',
    });
  });
});

describe('the follow-up files', () => {
  it('writes the summary as a .docx that opens as a zip with every section', async () => {
    const xml = strFromU8(unzipSync(await followUpDocx(view))['word/document.xml']!);
    for (const text of [
      'Follow-up: Riverside Student Success Convening',
      'Goals we agreed',
      'Host two tutor trainings — by Tuesday, April 13, 2027',
      'Boys &amp; Girls Club',
      '李小龍',
      'Families want evening sessions.',
      'Thursday, April 15, 2027, 3:00 PM – 4:30 PM, City Hall, Room 2',
    ]) {
      expect(xml).toContain(text);
    }
  });

  it('names each file after the event and gives its media type', async () => {
    const files = await Promise.all(
      (['summary-docx', 'summary-md', 'commitments-csv', 'follow-up-ics', 'thanks-csv'] as const).map(async (kind) => {
        const file = value(await buildFollowUpFile(kind, plan, toolkit, stamp));
        return [file.name, file.type];
      }),
    );
    expect(files).toEqual([
      [
        'riverside-student-success-convening-follow-up.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['riverside-student-success-convening-follow-up.md', 'text/markdown;charset=utf-8'],
      ['riverside-student-success-convening-commitments.csv', 'text/csv;charset=utf-8'],
      ['riverside-student-success-convening-follow-up.ics', 'text/calendar;charset=utf-8'],
      ['riverside-student-success-convening-thank-you-list.csv', 'text/csv;charset=utf-8'],
    ]);
  });

  it('says what is missing for an empty plan instead of saving an empty file', async () => {
    const empty = createPlan({ timeZone: 'UTC' });
    const errors = await Promise.all(
      (['summary-md', 'commitments-csv', 'thanks-csv'] as const).map(async (kind) => {
        const result = await buildFollowUpFile(kind, empty, toolkit, stamp);
        return result.ok ? '' : result.error;
      }),
    );
    expect(errors).toEqual([
      'Nothing has been captured yet: add goals agreed, commitments, notes or the next meeting first.',
      'There are no commitments yet.',
      'Nobody is marked as attended yet. Mark who came under Attendance first.',
    ]);
  });
});
