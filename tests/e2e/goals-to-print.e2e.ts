/**
 * What a convener ticks and types on the Goals page reaches the print pages that use it; the
 * paper size set on the Export page reaches every print page; the export buttons say what they
 * are doing while a file is made.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import { contextWithPlan, expectNoAxeViolations, launch, openPage, openStep, tabTo, waitForSave } from './browser';

const PDF_DIR = process.env.EXPORT_PDF_DIR ?? '/tmp/export-pdf';
const content = loadContent();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(PDF_DIR, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

/** The Chicago sample with four goals chosen and nothing yet ticked or typed in their guidance. */
function blankGuidancePlan(): Plan {
  const plan = samplePlan(content);
  plan.goals = {
    ...plan.goals,
    selected: ['align-needs', 'identify-assets', 'set-goals', 'high-level-plan'],
    dataToBring: [],
    questions: [],
    assetNotes: {},
    draftGoals: '',
    planElements: [],
  };
  return plan;
}

/** A Chicago browser with `plan` saved; the service worker can be kept out so page.route sees every chunk. */
function seededContext(plan: Plan, blockServiceWorker = false): Promise<BrowserContext> {
  return contextWithPlan(browser, plan, {
    timezoneId: 'America/Chicago',
    ...(blockServiceWorker && { serviceWorkers: 'block' as const }),
  });
}

/** Ticks a checkbox with the keyboard (focused directly: tabbing through the long page is tested elsewhere). */
async function tick(page: Page, box: Locator): Promise<void> {
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box.isChecked()).resolves.toBe(true);
}

/** The text of one printed handout, found by its session title. */
const handout = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true }).innerText();

/** The page size of a PDF's first page, in points. */
const pdfPageSize = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)
    ?.slice(1, 3)
    .map((n) => Math.round(Number(n)));

describe('from the Goals page to the printed pages', () => {
  it('prints each field a keyboard user ticks or types on the Goals page on the page that uses it', async () => {
    const context = await seededContext(blankGuidancePlan());
    const page = await openPage(context);
    await openStep(page, 'goals/');
    await tick(page, page.getByRole('checkbox', { name: 'Attendance data, including chronic absence', exact: true }));
    const question =
      'Are there substantial numbers of students who would benefit from an additional caring adult supporting them on a daily or weekly basis?';
    await tick(page, page.getByRole('checkbox', { name: question, exact: true }));
    await page.getByRole('textbox', { name: 'Library or recreation department' }).focus();
    await page.keyboard.type('Central library lends its study rooms after school.');
    await tabTo(page, page.getByRole('textbox', { name: 'Draft starting goals' }), 200);
    await page.keyboard.type('40 reading tutors at Lincoln Middle by October');
    await tick(
      page,
      page.getByRole('checkbox', { name: 'Aligning on and committing to next steps and priorities', exact: true }),
    );
    await expectNoAxeViolations(page);
    await waitForSave(page);

    await openStep(page, 'export/print/agenda/');
    const goals = page.getByRole('region', { name: 'Goals for the convening' });
    await expect(goals.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      'Align on Student & Community Needs',
      'Identify Community Assets & Emerging Opportunities to Collaborate',
      'Set Preliminary Goals',
      'Develop a High-Level Plan',
    ]);
    await expect(page.getByText('All times are local to the venue (America/Chicago).').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    await openStep(page, 'export/print/handouts/');
    await page.getByRole('heading', { name: 'Next Steps' }).waitFor();
    await expect(handout(page, 'Review Goals for the Convening')).resolves.toContain(
      'The convening’s goals\nAlign on Student & Community Needs\nIdentify Community Assets',
    );
    const brainstorm = await handout(page, 'Shared Assets & Challenges: Brainstorm');
    expect(brainstorm).toContain(
      'Data to look at together\nAttendance data, including chronic absence: Reveals which students are missing enough school',
    );
    expect(brainstorm).toContain(`Discussion questions chosen for this event\n${question}`);
    await expect(handout(page, 'Whole Group Goal-Setting')).resolves.toContain(
      'Draft starting goals\n40 reading tutors at Lincoln Middle by October',
    );
    await expect(handout(page, 'Next Steps')).resolves.toContain(
      'Plan elements to cover\nAligning on and committing to next steps and priorities: Name the first few actions',
    );
    await expect(handout(page, 'Norm Setting')).resolves.not.toContain('Draft starting goals');
    await expectNoAxeViolations(page);

    await openStep(page, 'export/print/worksheet/');
    const library = page.getByRole('row', { name: /^Library or recreation department/ });
    await expect(library.getByRole('cell').first().innerText()).resolves.toBe(
      'Central library lends its study rooms after school.',
    );
    await expectNoAxeViolations(page);

    await openStep(page, 'export/print/prework/');
    await page.getByRole('heading', { name: 'Attendance data, including chronic absence' }).waitFor();
    await expect(
      page.getByText('Why it matters: Reveals which students are missing enough school').count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Questions to think about' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await writeFile(`${PDF_DIR}/prework.pdf`, pdf);
    // A Chicago venue prints on Letter (612 × 792 points) while the setting is automatic.
    expect(pdfPageSize(pdf)).toEqual([612, 792]);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('says on the pre-work page where to tick the data while none is ticked', async () => {
    const context = await seededContext(blankGuidancePlan());
    const page = await openPage(context);
    await openStep(page, 'export/print/prework/');
    await page.getByText('No data to bring is ticked yet.').waitFor();
    await expect(page.getByRole('link', { name: 'Tick the data to bring on the Goals page' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('paper size and export status', () => {
  it('sets A4 once on the Export page for every print page, and says what a download button is doing', async () => {
    const context = await seededContext(samplePlan(content), true);
    const page = await openPage(context);
    await openStep(page, 'export/');
    const paper = page.getByRole('combobox', { name: 'Paper size' });
    await expect(paper.inputValue()).resolves.toBe('auto');
    await tabTo(page, paper, 200);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(paper.inputValue()).resolves.toBe('a4');
    await waitForSave(page);

    // Hold the file builders back, so the page can be seen while a file is being made.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/build-files[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const status = page.getByRole('status').filter({ hasText: /Making|Still|handed|No file/ });
    const agenda = page.getByRole('button', { name: 'Agenda (.docx)', exact: true });
    await tabTo(page, agenda, 200);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await page.locator('button[aria-busy="true"]').waitFor();
    await expect(page.locator('button[aria-busy="true"]').innerText()).resolves.toBe('Agenda (.docx) (making…)');
    await expect(status.textContent()).resolves.toBe('Making “Agenda (.docx)”…');
    const other = page.getByRole('button', { name: 'Agenda (Markdown)', exact: true });
    await expect(other.getAttribute('aria-disabled')).resolves.toBe('true');
    await expectNoAxeViolations(page);
    await tabTo(page, other, 200);
    await page.keyboard.press('Enter');
    await expect(status.textContent()).resolves.toBe(
      'Still making “Agenda (.docx)”: one file at a time. Wait until it is ready, then click “Agenda (Markdown)” again.',
    );
    release();
    const file = await download;
    expect(file.suggestedFilename()).toBe('riverside-student-success-convening-agenda.docx');
    await page.getByText('was handed to your browser').waitFor();
    await expect(status.textContent()).resolves.toBe(
      'riverside-student-success-convening-agenda.docx was handed to your browser to download. If it is not in your downloads, click again.',
    );
    await expect(page.locator('.export-panel button[aria-disabled="true"]').count()).resolves.toBe(0);
    // Only the .docx was made: the Markdown click during it started nothing.
    for (const name of ['Agenda (Markdown)', 'Checklist (CSV)']) {
      const next = page.waitForEvent('download');
      await page.getByRole('button', { name, exact: true }).click();
      await next;
    }
    await expect(status.textContent()).resolves.toContain(
      'Saving several files? “Download everything (.zip)” gives your browser all of them in one download',
    );
    await expectNoAxeViolations(page);

    // Every print page follows the one setting.
    await openStep(page, 'export/print/agenda/');
    await page.getByText('Prints on A4 paper (change it on the export page).').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await writeFile(`${PDF_DIR}/agenda-a4-setting.pdf`, pdf);
    expect(pdfPageSize(pdf)).toEqual([595, 842]);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
