import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agendaDocx } from '../../src/export/agenda-docx';
import { agendaMarkdown } from '../../src/export/agenda-markdown';
import { buildAgendaView } from '../../src/export/agenda-view';
import { blocksDocx } from '../../src/export/blocks-docx';
import { blocksToMarkdown, type DocBlock } from '../../src/export/doc-blocks';
import { handoutBlocks, preworkBlocks, worksheetBlocks } from '../../src/export/sheet-documents';
import type { Result } from '../../src/domain/result';
import { loadContent } from '../helpers/content';
import { filledGoalsPlan, samplePlan } from '../helpers/sample-plan';

const content = loadContent();
const plan = filledGoalsPlan(content);
const view = buildAgendaView(plan, content.goals);

const value = (result: Result<DocBlock[]>) => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const handoutsMd = blocksToMarkdown(value(handoutBlocks(plan, view, content.goals)));

/** The lines of one handout in the Markdown file, from its heading to the next handout's. */
function handout(markdown: string, title: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${title}`);
  expect(start).toBeGreaterThan(-1);
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start, next === -1 ? undefined : next);
}

/** The text runs of a .docx file, joined by `|`. */
async function docxText(bytes: Promise<Uint8Array> | Uint8Array): Promise<string> {
  const xml = strFromU8(unzipSync(await bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
}

const blocksText = (blocks: Result<DocBlock[]>) => docxText(blocksDocx('t', 'letter', value(blocks)));

describe('the event goals', () => {
  it('reach the participant agenda in Markdown and .docx', async () => {
    expect(agendaMarkdown(view, 'participant')).toContain(
      '## Goals\n\n- Set Preliminary Goals\n- Align on Student & Community Needs\n',
    );
    expect(await docxText(agendaDocx(view, 'participant', 'letter'))).toContain(
      'Goals|Set Preliminary Goals|Align on Student &amp; Community Needs|',
    );
  });

  it('reach the "Review Goals" handout, in priority order', async () => {
    expect(handout(handoutsMd, 'Review Goals for the Convening').join('\n')).toContain(
      [
        '### The convening’s goals',
        '',
        '1. Set Preliminary Goals',
        '2. Align on Student & Community Needs',
        '3. Build Relationships & Connections Across the Community of Stakeholders',
        '4. Identify Community Assets & Emerging Opportunities to Collaborate',
        '5. Develop a High-Level Plan',
      ].join('\n'),
    );
    expect(await blocksText(handoutBlocks(plan, view, content.goals))).toContain(
      'Review Goals for the Convening|Day 1 · Saturday, March 13, 2027 · 10:15 AM – 10:25 AM (10 min) · Lead: Ana Núñez',
    );
    expect(await blocksText(handoutBlocks(plan, view, content.goals))).toContain(
      'The convening’s goals|1. Set Preliminary Goals|2. Align on Student &amp; Community Needs',
    );
  });
});

describe('the data to bring', () => {
  it('reaches the brainstorm handout with why each item matters', async () => {
    const lines = handout(handoutsMd, 'Shared Assets & Challenges: Brainstorm');
    expect(lines).toContain('### Data to look at together');
    expect(lines).toContain(
      '- Attendance data, including chronic absence: Reveals which students are missing enough school to put their progress at risk.',
    );
    expect(await blocksText(handoutBlocks(plan, view, content.goals))).toContain(
      'Data to look at together|Attendance data, including chronic absence: Reveals',
    );
  });

  it('makes the pre-work packet, each item with why it matters, and no packet while nothing is ticked', async () => {
    const packet = preworkBlocks(plan, view, content.goals);
    expect(blocksToMarkdown(value(packet)).split('\n')).toEqual([
      '# Riverside Student Success Convening — Pre-work: what to look at before we meet',
      '',
      "Convened by Riverside Unified School District with Mayor's Office of Riverside and Riverside Community Foundation",
      '',
      'Saturday, March 13, 2027 and Sunday, March 14, 2027 · Riverside Public Library, 100 Main St, Riverside',
      '',
      'Please look through these before the convening. When everyone arrives having seen the same facts about our students, the time together goes into deciding what to do rather than into explaining the numbers.',
      '',
      '### Attendance data, including chronic absence',
      '',
      '**Why it matters:** Reveals which students are missing enough school to put their progress at risk.',
      '',
      '### Assessments of successful existing programs or supports',
      '',
      '**Why it matters:** Tells the group what already works locally and could be grown rather than rebuilt.',
      '',
      '### Questions to think about',
      '',
      '- Are there substantial numbers of students who would benefit from an additional caring adult supporting them on a daily or weekly basis?',
      '- In the areas where you need additional student supports, do you need to find additional people power beyond your existing staff and partners?',
      '',
      'The list of data is based on the National Partnership for Student Success’s planning toolkit for collaborative goal-setting events and its district partnership toolkit; the reasons are the planner’s own words.',
      '',
    ]);
    expect(await blocksText(packet)).toContain(
      'Attendance data, including chronic absence|Why it matters: |Reveals which students',
    );
    const none = { ...plan, goals: { ...plan.goals, dataToBring: [] } };
    expect(preworkBlocks(none, view, content.goals)).toEqual({
      ok: false,
      error: 'No data to bring is ticked yet. Tick it on the Goals page.',
    });
  });
});

describe('the discussion questions', () => {
  it('reach the brainstorm handout and no other', () => {
    const heading = '### Discussion questions chosen for this event';
    expect(handout(handoutsMd, 'Shared Assets & Challenges: Brainstorm').join('\n')).toContain(
      `${heading}\n\n- Are there substantial numbers of students who would benefit from an additional caring adult`,
    );
    expect(handoutsMd.split(heading).length).toBe(2);
  });
});

describe('the draft goals', () => {
  it('reach both goal-setting handouts, one per line as typed', async () => {
    const expected = [
      '### Draft starting goals',
      '',
      '- 60 tutors in our middle schools by fall',
      '- Every senior gets FAFSA help',
    ].join('\n');
    expect(handout(handoutsMd, 'Whole Group Goal-Setting').join('\n')).toContain(expected);
    expect(
      handout(
        handoutsMd,
        'Small Group Goal-Setting: Identifying Opportunities We Have to Address Challenges Agreed Upon During Day 1',
      ).join('\n'),
    ).toContain(expected);
    expect(await blocksText(handoutBlocks(plan, view, content.goals))).toContain(
      'Draft starting goals|60 tutors in our middle schools by fall|Every senior gets FAFSA help',
    );
  });
});

describe('the plan elements', () => {
  it('reach the next-steps handout', async () => {
    expect(handout(handoutsMd, 'Next Steps').join('\n')).toContain(
      '### Plan elements to cover\n\n- Aligning on and committing to next steps and priorities: Name the first few actions, an owner for each, and a rough date.\n- Identifying additional resources',
    );
    expect(await blocksText(handoutBlocks(plan, view, content.goals))).toContain(
      'Plan elements to cover|Aligning on and committing to next steps and priorities: Name the first few actions',
    );
  });
});

describe('the asset notes', () => {
  it('fill in the asset worksheet in Markdown and .docx', async () => {
    const md = blocksToMarkdown(worksheetBlocks(plan, view, content.goals));
    expect(md).toContain(
      '| Youth-serving organizations (e.g. Boys and Girls Clubs, Big Brothers Big Sisters, 4-H, YMCA, Camp Fire, Girls Inc.) | Boys & Girls Club runs after-school tutoring at two sites. |   |',
    );
    expect(md).toContain('| Kind | What we know already | Added in the room |');
    const docx = await docxText(blocksDocx('t', 'a4', worksheetBlocks(plan, view, content.goals)));
    expect(docx).toContain('Youth-serving organizations|(e.g. Boys and Girls Clubs');
    expect(docx).toContain('Boys &amp; Girls Club runs after-school tutoring at two sites.');
  });
});

describe('handout documents', () => {
  it('start each handout on a new page in .docx, with ruled lines to write on', async () => {
    const bytes = await blocksDocx('t', 'letter', value(handoutBlocks(plan, view, content.goals)));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(13);
    expect(xml).toContain('<w:bottom w:val="single"');
  });

  it('are refused while the agenda has no session', () => {
    const empty = samplePlan(content);
    empty.days = empty.days.map((day) => ({ ...day, items: [] }));
    expect(handoutBlocks(empty, buildAgendaView(empty, content.goals), content.goals)).toEqual({
      ok: false,
      error: 'The agenda has no sessions yet.',
    });
  });
});
