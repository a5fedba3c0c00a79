import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agendaDocx } from '../../src/export/agenda-docx';
import { agendaMarkdown } from '../../src/export/agenda-markdown';
import { longDate, shortDate } from '../../src/domain/dates';
import { buildAgendaView, convenedBy, eventHeadingView, sessionRows } from '../../src/export/agenda-view';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();

/** Day 1 of the sample with only its first two items, a goal nobody chose, and a tricky title. */
function smallPlan(): Plan {
  const plan = samplePlan(content);
  plan.event.title = 'Riverside | *Kick-off*';
  const [welcome, review] = plan.days[0]!.items;
  plan.days = [
    {
      ...plan.days[0]!,
      items: [
        {
          ...welcome!,
          notes: 'Line one\nLine two',
          materials: ['Name tags', ' '],
          steps: [],
          goals: ['build-relationships', 'high-level-plan'],
        },
        { ...review!, lead: '', prompts: [], purpose: '', notes: '', materials: [], steps: [] },
      ],
    },
  ];
  return plan;
}

describe('buildAgendaView', () => {
  const view = buildAgendaView(samplePlan(content), content.goals);

  it('computes rows with venue times, durations and the chosen goals each item serves', () => {
    const row = view.days[0]!.rows[2]!;
    expect([row.start, row.end, row.duration, row.title, row.lead, row.goals]).toEqual([
      '10:25 AM',
      '11:25 AM',
      '1 h',
      'Introductions: Who is Here and How Are We Working to Support Youth?',
      'Ana Núñez',
      [
        'Build Relationships & Connections Across the Community of Stakeholders',
        'Identify Community Assets & Emerging Opportunities to Collaborate',
      ],
    ]);
  });

  it('heads each day with its number and date, and gives its time range', () => {
    expect(view.days.map((d) => [d.heading, d.timeRange])).toEqual([
      ['Day 1 · Saturday, March 13, 2027', '10:00 AM – 3:30 PM'],
      ['Day 2 · Sunday, March 14, 2027', '9:00 AM – 2:15 PM'],
    ]);
  });

  it('gives handouts for sessions only', () => {
    const rows = sessionRows(view);
    expect(rows.every(({ row }) => row.kind === 'session')).toBe(true);
    expect(rows.map(({ row }) => row.title)).not.toContain('Lunch');
    expect(rows.length).toBe(14);
  });

  it('names the conveners in one sentence', () => {
    expect(convenedBy(view)).toBe(
      "Convened by Riverside Unified School District with Mayor's Office of Riverside and Riverside Community Foundation",
    );
    expect(convenedBy({ convener: 'A', coConveners: [] })).toBe('Convened by A');
    expect(convenedBy({ convener: '', coConveners: ['B'] })).toBe('');
  });
});

describe('eventHeadingView', () => {
  it('gives the heading fields only, with a fallback title and the co-conveners from the invitee list', () => {
    const plan = samplePlan(content);
    plan.event.title = '  ';
    expect(eventHeadingView(plan)).toEqual({
      title: 'Untitled convening',
      convener: 'Riverside Unified School District',
      coConveners: ["Mayor's Office of Riverside", 'Riverside Community Foundation'],
      venue: 'Riverside Public Library, 100 Main St, Riverside',
    });
  });
});

describe('date wording', () => {
  it('writes long and short dates, and nothing for an unset date', () => {
    expect([longDate('2027-03-14'), shortDate('2027-03-14'), longDate(''), shortDate('2027-02-30')]).toEqual([
      'Sunday, March 14, 2027',
      'Sun, Mar 14, 2027',
      '',
      '',
    ]);
  });
});

describe('agendaMarkdown', () => {
  const view = buildAgendaView(smallPlan(), content.goals);
  const header = [
    "Convened by Riverside Unified School District with Mayor's Office of Riverside and Riverside Community Foundation",
    '',
    '**Venue:** Riverside Public Library, 100 Main St, Riverside  ',
    'All times are local to the venue (America/Chicago).',
    '',
    '## Goals',
    '',
    '- Build Relationships & Connections Across the Community of Stakeholders',
    '- Align on Student & Community Needs',
    '- Identify Community Assets & Emerging Opportunities to Collaborate',
    '- Set Preliminary Goals',
    '',
    '## Day 1 · Saturday, March 13, 2027',
    '',
  ];

  it('writes the participant agenda as a time table', () => {
    expect(agendaMarkdown(view, 'participant')).toBe(
      [
        '# Riverside \\| \\*Kick-off\\*',
        '',
        ...header,
        '| Time | Item |',
        '| --- | --- |',
        '| 10:00 AM – 10:15 AM | Welcome |',
        '| 10:15 AM – 10:25 AM | Review Goals for the Convening |',
        '',
      ].join('\n'),
    );
  });

  it('writes the facilitator agenda with lead, goals, purpose, notes, materials and prompts', () => {
    expect(agendaMarkdown(view, 'facilitator')).toBe(
      [
        '# Riverside \\| \\*Kick-off\\* — facilitator agenda',
        '',
        ...header,
        '### 10:00 AM – 10:15 AM · Welcome (15 min, session)',
        '',
        '- **Lead:** Ana Núñez',
        '- **Goals served:** Build Relationships & Connections Across the Community of Stakeholders',
        '- **Purpose:** Set a warm tone, thank people for coming and explain why this group is together now.',
        '- **Notes:** Line one  ',
        '  Line two',
        '- **Materials:**',
        '  - Name tags',
        '',
        '### 10:15 AM – 10:25 AM · Review Goals for the Convening (10 min, session)',
        '',
      ].join('\n'),
    );
  });
});

describe('agendaDocx', () => {
  it('makes a Word file whose document.xml holds the title, day heading and every item', async () => {
    const plan = samplePlan(content);
    const bytes = await agendaDocx(buildAgendaView(plan, content.goals), 'participant', 'letter');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text.startsWith('Riverside Student Success Convening|Convened by')).toBe(true);
    expect(text).toContain('Day 2 · Sunday, March 14, 2027');
    for (const item of plan.days.flatMap((d) => d.items)) {
      expect(text).toContain(item.title.replace(/&/g, '&amp;'));
    }
    expect(xml).toContain('<w:cantSplit/>');
  });

  it('puts lead, notes and prompts in the facilitator version', async () => {
    const bytes = await agendaDocx(buildAgendaView(samplePlan(content), content.goals), 'facilitator', 'a4');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('Riverside Student Success Convening — facilitator agenda');
    expect(xml).toContain('Ana Núñez');
    expect(xml).toContain('What would make these two days worth your time?');
  });
});
