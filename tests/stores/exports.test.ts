import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFileSaver } from '../../src/platform/save-file';
import { $exportStatus, exportEverything, exportFile } from '../../src/stores/exports';
import { replacePlan, setEventField } from '../../src/stores/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();
const toolkit = { goals: content.goals, categories: content.categories };
const now = new Date('2027-01-05T12:00:00Z');
let saved: { name: string; blob: Blob }[] = [];
let restoreSaver: () => void;

beforeEach(() => {
  saved = [];
  restoreSaver = setFileSaver((name, blob) => saved.push({ name, blob }));
  replacePlan(samplePlan(content));
});
afterEach(() => restoreSaver());

describe('export actions', () => {
  it('saves one file through saveFile and says so', async () => {
    const status = await exportFile('checklist-md', toolkit, now);
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
      ['riverside-student-success-convening-checklist.md', 'text/markdown;charset=utf-8'],
    ]);
    expect((await saved[0]!.blob.text()).split('\n')[0]).toBe(
      '# Follow-up checklist: Riverside Student Success Convening',
    );
    expect($exportStatus.get()).toEqual({
      kind: 'done',
      message: 'Saved riverside-student-success-convening-checklist.md.',
    });
    expect(status).toBe($exportStatus.get());
  });

  it('starts nothing while another file is being made, and answers with that status', async () => {
    const first = exportFile('checklist-md', toolkit, now);
    await expect(exportFile('checklist-csv', toolkit, now)).resolves.toEqual({
      kind: 'working',
      message: 'Preparing the file…',
    });
    await first;
    expect(saved.map((s) => s.name)).toEqual(['riverside-student-success-convening-checklist.md']);
  });

  it('saves nothing and explains why when a file cannot be made', async () => {
    replacePlan({ ...samplePlan(content), invitees: [] });
    await exportFile('invitees-csv', toolkit, now);
    expect(saved).toEqual([]);
    expect($exportStatus.get()).toEqual({ kind: 'error', message: 'Nothing was saved. The invitee list is empty.' });
  });

  it('saves everything as one zip and names what was left out', async () => {
    replacePlan({ ...samplePlan(content), invitees: [] });
    await exportEverything(toolkit, now);
    expect(saved.map((s) => s.name)).toEqual(['riverside-student-success-convening-export.zip']);
    const zip = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(Object.keys(zip).length).toBe(10);
    expect(strFromU8(zip['riverside-student-success-convening-agenda.md']!)).toContain(
      '| 10:00 AM – 10:15 AM | Welcome |',
    );
    expect($exportStatus.get()).toEqual({
      kind: 'done',
      message:
        'Saved riverside-student-success-convening-export.zip with 10 files. Left out: riverside-student-success-convening-invitees.csv (The invitee list is empty).',
    });
  });

  it('writes the same calendar SEQUENCE until the plan changes, then a higher one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-01-04T09:30:00Z'));
      replacePlan(samplePlan(content));
      await exportFile('days-ics', toolkit, now);
      await exportFile('days-ics', toolkit, new Date('2027-01-06T08:00:00Z'));
      vi.setSystemTime(new Date('2027-01-05T12:00:00Z'));
      setEventField('venue', 'Riverside High School');
      await exportFile('days-ics', toolkit, new Date('2027-01-06T08:01:00Z'));
      const texts = await Promise.all(saved.map((s) => s.blob.text()));
      expect(texts.map((t) => t.match(/^(SEQUENCE|LAST-MODIFIED):.*$/gm)?.slice(0, 2))).toEqual([
        ['SEQUENCE:31829400', 'LAST-MODIFIED:20270104T093000Z'],
        ['SEQUENCE:31829400', 'LAST-MODIFIED:20270104T093000Z'],
        ['SEQUENCE:31924800', 'LAST-MODIFIED:20270105T120000Z'],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
