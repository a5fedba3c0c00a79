import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFileSaver } from '../../src/platform/save-file';
import { $exportStatus, exportEverything, exportFile, resetDownloadCount } from '../../src/stores/exports';
import { $plan, replacePlan, setEventField } from '../../src/stores/plan';
import { setPaperSize } from '../../src/stores/preferences';
import { undo } from '../../src/stores/history';
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
  resetDownloadCount();
});
afterEach(() => restoreSaver());

describe('export actions', () => {
  it('hands one file to saveFile and says only that it was handed to the browser', async () => {
    const status = await exportFile('checklist-md', toolkit, { now });
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
      ['riverside-student-success-convening-checklist.md', 'text/markdown;charset=utf-8'],
    ]);
    expect((await saved[0]!.blob.text()).split('\n')[0]).toBe(
      '# Planning checklist: Riverside Student Success Convening',
    );
    expect($exportStatus.get()).toEqual({
      kind: 'done',
      message:
        'riverside-student-success-convening-checklist.md was handed to your browser to download. If it is not in your downloads, click again.',
    });
    expect(status).toBe($exportStatus.get());
  });

  it('starts nothing while another file is being made, and says so instead of ignoring the click', async () => {
    const first = exportFile('checklist-md', toolkit, { now, label: 'Checklist (Markdown)' });
    expect($exportStatus.get()).toEqual({
      kind: 'working',
      target: 'checklist-md',
      label: 'Checklist (Markdown)',
      message: 'Making “Checklist (Markdown)”…',
    });
    await expect(exportFile('checklist-csv', toolkit, { now, label: 'Checklist (CSV)' })).resolves.toEqual({
      kind: 'working',
      target: 'checklist-md',
      label: 'Checklist (Markdown)',
      message:
        'Still making “Checklist (Markdown)”: one file at a time. Wait until it is ready, then click “Checklist (CSV)” again.',
    });
    await first;
    expect(saved.map((s) => s.name)).toEqual(['riverside-student-success-convening-checklist.md']);
  });

  it(
    'suggests the .zip from the third single download on, and not again after a .zip',
    { timeout: 30_000 },
    async () => {
      const hinted = async () => {
        await exportFile('checklist-md', toolkit, { now });
        const status = $exportStatus.get();
        return status.kind === 'done' && status.message.includes('“Download everything (.zip)” gives your browser');
      };
      expect([await hinted(), await hinted(), await hinted(), await hinted()]).toEqual([false, false, true, true]);
      await exportEverything(toolkit, now);
      expect(await hinted()).toBe(false);
    },
  );

  it('saves nothing and explains why when a file cannot be made', async () => {
    replacePlan({ ...samplePlan(content), invitees: [] });
    await exportFile('invitees-csv', toolkit, { now });
    expect(saved).toEqual([]);
    expect($exportStatus.get()).toEqual({ kind: 'error', message: 'No file was made. The invitee list is empty.' });
  });

  it('saves everything as one zip and names what was left out', { timeout: 30_000 }, async () => {
    replacePlan({ ...samplePlan(content), invitees: [] });
    await exportEverything(toolkit, now);
    expect(saved.map((s) => s.name)).toEqual(['riverside-student-success-convening-export.zip']);
    const zip = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(Object.keys(zip).length).toBe(16);
    expect(strFromU8(zip['riverside-student-success-convening-agenda.md']!)).toContain(
      '| 10:00 AM – 10:15 AM | Welcome |',
    );
    expect($exportStatus.get()).toEqual({
      kind: 'done',
      message:
        'riverside-student-success-convening-export.zip, with 16 files, was handed to your browser to download. Left out: riverside-student-success-convening-invitees.csv (The invitee list is empty).',
    });
  });

  it('writes the same calendar SEQUENCE until the plan changes, then a higher one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-01-04T09:30:00Z'));
      replacePlan(samplePlan(content));
      await exportFile('days-ics', toolkit, { now });
      await exportFile('days-ics', toolkit, { now: new Date('2027-01-06T08:00:00Z') });
      vi.setSystemTime(new Date('2027-01-05T12:00:00Z'));
      setEventField('venue', 'Riverside High School');
      await exportFile('days-ics', toolkit, { now: new Date('2027-01-06T08:01:00Z') });
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

  it('keeps the paper size as one undoable setting that every .docx follows', async () => {
    setPaperSize('a4');
    expect($plan.get().preferences).toEqual({ paperSize: 'a4' });
    await exportFile('agenda-docx', toolkit, { now });
    const docx = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(strFromU8(docx['word/document.xml']!)).toContain('<w:pgSz w:w="11906" w:h="16838"');
    undo();
    expect($plan.get().preferences).toEqual({ paperSize: 'auto' });
  });
});
