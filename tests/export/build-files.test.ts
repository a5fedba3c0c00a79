import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAll, buildFile, exportFileName } from '../../src/export/build-files';
import { zipFiles } from '../../src/export/zip';
import { parsePlanFile } from '../../src/domain/restore';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();
const toolkit = { goals: content.goals, categories: content.categories };
const now = new Date('2027-01-05T12:00:00Z');
const stamp = { now, changedAt: new Date('2027-01-04T09:30:00Z') };

describe('export file names', () => {
  it('come from the event title, made safe', () => {
    expect(exportFileName('facilitator-docx', 'Riverside: Spring/Fall Convening?')).toBe(
      'riverside-spring-fall-convening-facilitator-agenda.docx',
    );
    expect(exportFileName('reminders-ics', '')).toBe('convening-plan-checklist-reminders.ics');
  });
});

describe('buildAll and zipFiles', () => {
  it('builds all eleven files of a full plan and zips them, each readable again', async () => {
    const plan = samplePlan(content);
    const { files, skipped } = await buildAll(plan, toolkit, stamp);
    expect(skipped).toEqual([]);
    const zip = unzipSync(zipFiles(files, now));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'agenda.docx',
        'agenda.md',
        'checklist-reminders.ics',
        'checklist.csv',
        'checklist.md',
        'event-days.ics',
        'facilitator-agenda.docx',
        'facilitator-agenda.md',
        'facilitator-schedule.ics',
        'invitees.csv',
        'plan.json',
      ].map((n) => `riverside-student-success-convening-${n}`),
    );
    const planText = strFromU8(zip['riverside-student-success-convening-plan.json']!);
    expect(parsePlanFile(planText, planText.length)).toEqual({ ok: true, value: { plan, notice: null } });
    const docx = unzipSync(zip['riverside-student-success-convening-agenda.docx']!);
    expect(strFromU8(docx['word/document.xml']!)).toContain('Norm Setting');
  });

  it('leaves out what cannot be made and says why', async () => {
    const plan = { ...samplePlan(content), invitees: [], checklist: [] };
    const { skipped } = await buildAll(plan, toolkit, stamp);
    expect(skipped).toEqual([
      {
        name: 'riverside-student-success-convening-checklist-reminders.ics',
        reason: 'There are no open checklist tasks to remind you of.',
      },
      { name: 'riverside-student-success-convening-checklist.csv', reason: 'The checklist is empty.' },
      { name: 'riverside-student-success-convening-checklist.md', reason: 'The checklist is empty.' },
      { name: 'riverside-student-success-convening-invitees.csv', reason: 'The invitee list is empty.' },
    ]);
  });

  it('gives each file its media type', async () => {
    const result = await buildFile('days-ics', samplePlan(content), toolkit, stamp);
    expect(result.ok && [result.value.name, result.value.type]).toEqual([
      'riverside-student-success-convening-event-days.ics',
      'text/calendar;charset=utf-8',
    ]);
  });
});
