import { describe, expect, it } from 'vitest';
import { checklistCsv, checklistMarkdown } from '../../src/export/checklist-files';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();

function smallPlan(): Plan {
  const plan = samplePlan(content);
  plan.event.title = 'Spring *Convening*';
  plan.checklist = [
    {
      id: 'own',
      templateId: '',
      title: '=HYPERLINK("x")',
      detail: 'Say "hi", then\n- leave\n=1+1',
      phase: 'after',
      offsetDays: 1,
      owner: 'Jo',
      done: true,
    },
    { ...plan.checklist.find((i) => i.id === 'send-invitations')!, owner: '' },
  ];
  return plan;
}

describe('checklistCsv', () => {
  it('writes the tasks in timeline order, quoted, with formulas neutralised', () => {
    expect(checklistCsv(smallPlan())).toBe(
      [
        '\uFEFF"Task","Due date","When","Owner","Done","Details"',
        '"Send invitations","2027-01-29","42 days before the event, moved from Sat 30 Jan, a weekend","","no","Invite people from every stakeholder category, including youth, families and funders, with the dates, place and purpose."',
        '"\'=HYPERLINK(""x"")","2027-03-15","1 day after the event","Jo","yes","Say ""hi"", then\n\'- leave\n\'=1+1"',
        '',
      ].join('\r\n'),
    );
  });
});

describe('checklistMarkdown', () => {
  it('writes a task list per phase with due dates, owners and escaped text', () => {
    expect(checklistMarkdown(smallPlan())).toBe(
      [
        '# Planning checklist: Spring \\*Convening\\*',
        '',
        '## Before the event',
        '',
        '- [ ] **Send invitations** — due Friday, January 29, 2027 (moved from Sat 30 Jan, a weekend)',
        '  Invite people from every stakeholder category, including youth, families and funders, with the dates, place and purpose.',
        '',
        '## After the event',
        '',
        '- [x] **\\=HYPERLINK("x")** — due Monday, March 15, 2027 · Jo',
        '  Say "hi", then  ',
        '  \\- leave  ',
        '  \\=1+1',
        '',
      ].join('\n'),
    );
  });
});
