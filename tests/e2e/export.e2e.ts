import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import { contextWithPlan, expectNoAxeViolations, launch, openPage, openStep, waitForPlan } from './browser';

/** PDFs of the printed agenda and handouts are kept here to be looked at as PNGs. */
const PDF_DIR = process.env.EXPORT_PDF_DIR ?? '/tmp/export-pdf';
const plan: Plan = samplePlan(loadContent());
const STEM = 'riverside-student-success-convening';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(PDF_DIR, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

/** A browser in Tokyo with the Chicago sample plan already saved (seeded once per context). */
function tokyoContext(): Promise<BrowserContext> {
  return contextWithPlan(browser, plan, { timezoneId: 'Asia/Tokyo' }, '2027-01-05T12:00:00.000Z');
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

function icsEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => ({
    summary: String(c.getFirstPropertyValue('summary')),
    start: (c.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    end: (c.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
  }));
}

const csvRows = (bytes: Buffer) =>
  Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const docxText = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('the export step', () => {
  it('downloads every file from a Tokyo browser for a Chicago venue, each one correct, with no exporter loaded up front', async () => {
    const context = await tokyoContext();
    const page = await openPage(context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await openStep(page, 'export/');
    await page.getByRole('button', { name: 'Download everything (.zip)' }).waitFor();
    await page.getByRole('link', { name: 'Checklist', exact: true }).first().waitFor();
    expect(requested.filter((u) => /agenda-docx|\/zip\.|papaparse|build-files|\/calendar\./.test(u))).toEqual([]);
    await expectNoAxeViolations(page);
    const status = page.getByRole('status').filter({ hasText: /handed|No file/ });

    const days = await download(page, 'Event days, for invitees');
    expect(days.name).toBe(`${STEM}-event-days.ics`);
    expect(icsEvents(days.bytes.toString('utf8')).map((e) => [e.start, e.end])).toEqual([
      ['2027-03-13T16:00:00Z', '2027-03-13T22:00:00Z'],
      ['2027-03-14T14:00:00Z', '2027-03-14T19:30:00Z'],
    ]);
    await expect(status.textContent()).resolves.toBe(
      `${STEM}-event-days.ics was handed to your browser to download. If it is not in your downloads, click again.`,
    );

    const items = icsEvents((await download(page, 'Every agenda item, for facilitators')).bytes.toString('utf8'));
    expect(items.length).toBe(18);
    expect(items[9]).toEqual({ summary: 'Welcome', start: '2027-03-14T14:00:00Z', end: '2027-03-14T14:10:00Z' });

    const reminders = icsEvents((await download(page, 'Checklist reminders (all-day)')).bytes.toString('utf8'));
    expect(reminders[0]).toEqual({
      summary: 'Confirm co-conveners and the organizing committee (Convener)',
      start: '2027-01-12',
      end: '2027-01-13',
    });

    const agendaDocx = await download(page, 'Agenda (.docx)');
    expect(agendaDocx.name).toBe(`${STEM}-agenda.docx`);
    const xml = docxText(agendaDocx.bytes);
    for (const item of plan.days.flatMap((d) => d.items)) expect(xml).toContain(item.title.replace(/&/g, '&amp;'));
    expect(docxText((await download(page, 'Facilitator agenda (.docx)')).bytes)).toContain('Ana Núñez');

    const md = (await download(page, 'Agenda (Markdown)')).bytes.toString('utf8');
    expect(md.split('\n').slice(0, 1)).toEqual(['# Riverside Student Success Convening']);
    expect(md).toContain('| 9:00 AM – 9:10 AM | Welcome |');
    expect((await download(page, 'Facilitator agenda (Markdown)')).bytes.toString('utf8')).toContain(
      '- **Lead:** Marcus Lee',
    );

    const checklist = csvRows((await download(page, 'Checklist (CSV)')).bytes);
    expect(checklist[0]).toEqual(['Task', 'Due date', 'When', 'Owner', 'Done', 'Details']);
    // The last follow-up falls on Sunday 4 April: due on the Friday before, and the file says so.
    expect(checklist.slice(1).map((r) => r[1])).toContain('2027-04-02');
    expect(checklist.slice(1).map((r) => r[2])).toContain('21 days after the event, moved from Sun 4 Apr, a weekend');
    expect((await download(page, 'Checklist (Markdown)')).bytes.toString('utf8')).toContain('## After the event');

    // Seen here: Chromium starts about ten downloads from one tab in a quick burst and then drops
    // the next; a person does not click eleven buttons in a second, so the test reloads first.
    await page.reload();
    await waitForPlan(page);
    await page.getByRole('button', { name: 'Download everything (.zip)' }).waitFor();
    const invitees = csvRows((await download(page, 'Invitee list (CSV)')).bytes);
    // The last two are the co-conveners, listed by organization (version 3 keeps them on the invitee list).
    expect(invitees.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Ana Núñez', 'Riverside Unified'],
      ['Marcus Lee', 'Boys & Girls Club'],
      ['李小龍', 'Riverside College'],
      ['Declined Person', 'Elsewhere'],
      ['', "Mayor's Office of Riverside"],
      ['', 'Riverside Community Foundation'],
    ]);

    const planFile = JSON.parse((await download(page, 'Plan file (.json)')).bytes.toString('utf8')) as { plan: Plan };
    expect(planFile.plan).toEqual(plan);

    const zip = await download(page, 'Download everything (.zip)');
    expect(zip.name).toBe(`${STEM}-export.zip`);
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).length).toBe(17);
    expect(strFromU8(entries[`${STEM}-prework-packet.md`]!)).toContain(
      '### Attendance data, including chronic absence',
    );
    expect(docxText(entries[`${STEM}-facilitator-agenda.docx`]!)).toContain('Norm Setting');
    await expect(status.textContent()).resolves.toBe(
      `${STEM}-export.zip, with 17 files, was handed to your browser to download.`,
    );
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('renders every print page without axe violations and prints the agenda and handouts to PDF', async () => {
    const context = await tokyoContext();
    const page = await openPage(context);
    const sheets: [string, string][] = [
      ['agenda', 'Day 2 · Sunday, March 14, 2027'],
      ['facilitator', 'Day 1 · Saturday, March 13, 2027'],
      ['handouts', 'Norm Setting'],
      ['questions', 'Riverside Student Success Convening'],
      ['worksheet', 'Community assets'],
      ['prework', 'Attendance data, including chronic absence'],
      ['sign-in', 'Riverside Student Success Convening'],
      ['checklist', 'After the event'],
    ];
    for (const [path, text] of sheets) {
      await openStep(page, `export/print/${path}/`);
      await page.getByText(text, { exact: true }).first().waitFor();
      await expectNoAxeViolations(page);
    }
    await openStep(page, 'export/print/agenda/');
    await page.getByRole('heading', { name: 'Day 1 · Saturday, March 13, 2027' }).waitFor();
    // Every row shows its venue time, in a row header, although the browser is in Tokyo.
    await expect(page.getByRole('rowheader').first().textContent()).resolves.toBe('10:00 AM – 10:15 AM');
    await page.emulateMedia({ media: 'print' });
    const letter = await page.pdf({ format: 'Letter' });
    const a4 = await page.pdf({ format: 'A4' });
    await writeFile(`${PDF_DIR}/agenda-letter.pdf`, letter);
    await writeFile(`${PDF_DIR}/agenda-a4.pdf`, a4);
    const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Each day starts on a new page and each day fits one page.
    expect([pages(letter), pages(a4)]).toEqual([2, 2]);

    await openStep(page, 'export/print/handouts/');
    await page.getByRole('heading', { name: 'Norm Setting' }).waitFor();
    const handouts = await page.pdf({ format: 'Letter' });
    await writeFile(`${PDF_DIR}/handouts-letter.pdf`, handouts);
    // One page per session (14 sessions in the sample agenda).
    expect(pages(handouts)).toBe(14);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
