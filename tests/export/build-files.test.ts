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
  // Three Word files and the zip take a few seconds on a busy two-core machine.
  it('builds all seventeen files of a full plan and zips them, each readable again', { timeout: 30_000 }, async () => {
    const plan = samplePlan(content);
    const { files, skipped } = await buildAll(plan, toolkit, stamp);
    expect(skipped).toEqual([]);
    const zip = unzipSync(zipFiles(files, now));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'agenda.docx',
        'agenda.md',
        'asset-worksheet.docx',
        'asset-worksheet.md',
        'checklist-reminders.ics',
        'checklist.csv',
        'checklist.md',
        'event-days.ics',
        'facilitator-agenda.docx',
        'facilitator-agenda.md',
        'facilitator-handouts.docx',
        'facilitator-handouts.md',
        'facilitator-schedule.ics',
        'invitees.csv',
        'plan.json',
        'prework-packet.docx',
        'prework-packet.md',
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
    const noData = { ...samplePlan(content), goals: { ...samplePlan(content).goals, dataToBring: [] } };
    expect((await buildAll(noData, toolkit, stamp)).skipped.map((s) => s.name)).toEqual([
      'riverside-student-success-convening-prework-packet.docx',
      'riverside-student-success-convening-prework-packet.md',
    ]);
  });

  it('writes every .docx on the paper of the setting, Letter for a Chicago venue when it is automatic', async () => {
    const pageSize = async (plan: ReturnType<typeof samplePlan>, kind: 'agenda-docx' | 'prework-docx') => {
      const result = await buildFile(kind, plan, toolkit, stamp);
      if (!result.ok) throw new Error(result.error);
      return strFromU8(unzipSync(result.value.bytes)['word/document.xml']!).match(/<w:pgSz [^>]*>/)?.[0];
    };
    const chicago = samplePlan(content);
    const berlin = samplePlan(content, { event: { timeZone: 'Europe/Berlin' } });
    const letter = '<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>';
    const a4 = '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>';
    expect(await pageSize(chicago, 'agenda-docx')).toBe(letter);
    expect(await pageSize(chicago, 'prework-docx')).toBe(letter);
    expect(await pageSize(berlin, 'agenda-docx')).toBe(a4);
    expect(await pageSize({ ...chicago, preferences: { paperSize: 'a4' } }, 'agenda-docx')).toBe(a4);
    expect(await pageSize({ ...berlin, preferences: { paperSize: 'letter' } }, 'prework-docx')).toBe(letter);
  });

  it('gives each file its media type', async () => {
    const result = await buildFile('days-ics', samplePlan(content), toolkit, stamp);
    expect(result.ok && [result.value.name, result.value.type]).toEqual([
      'riverside-student-success-convening-event-days.ics',
      'text/calendar;charset=utf-8',
    ]);
  });
});
