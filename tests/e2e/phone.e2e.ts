/**
 * The planner on a phone: every page of the sample plan fits a 320 and a 390 px screen, the step
 * navigation stays one short row, invitees are cards with their status and buttons in view, and
 * print sheets read as lists on the screen while paper keeps its tables.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, openContext, openPage, openStep, seedSavedPlan } from './browser';

const WIDTHS = [320, 390] as const;

/** Each page, and what shows once its islands have rendered the sample plan. */
const PAGES: [path: string, ready: string][] = [
  ['', '#basics-heading'],
  ['goals/', '.goal-options input:checked'],
  ['agenda/', '.agenda-row'],
  ['invitees/', '.invitee-table tbody tr'],
  ['checklist/', '.checklist-editor .task'],
  ['export/', '.print-links a'],
  ['export/print/agenda/', '.agenda-table'],
  ['export/print/facilitator/', '.agenda-table'],
  ['export/print/handouts/', '.handout'],
  ['export/print/questions/', '.print-event'],
  ['export/print/worksheet/', '.worksheet-table'],
  ['export/print/sign-in/', '.sign-in-table'],
  ['export/print/prework/', '.prework-item'],
  ['export/print/checklist/', '.checklist-table'],
  // The participant sheets in Spanish: longer words, the same width.
  ['export/print/agenda/?lang=es', '.agenda-table'],
  ['export/print/questions/?lang=es', '.question-list'],
  ['export/print/sign-in/?lang=es', '.sign-in-table'],
  ['export/print/worksheet/?lang=es', '.worksheet-table'],
  ['export/print/prework/?lang=es', '.prework-item'],
  ['messages/', '.people-messages tbody tr'],
  ['logistics/', '#headcount-sentence'],
  ['logistics/print/', '.print-logistics'],
];

let browser: Browser;
let envelope: string;
beforeAll(async () => {
  browser = await launch();
  const plan = JSON.parse(
    await readFile(new URL('../../docs/screenshots/sample-plan.json', import.meta.url), 'utf8'),
  ) as { schemaVersion: number };
  envelope = JSON.stringify({ schemaVersion: plan.schemaVersion, rev: 1, savedAt: '2027-01-05T12:00:00.000Z', plan });
});
afterAll(async () => {
  await browser.close();
});

/** A phone of `width` px (touch, mobile viewport) with the README's sample plan saved. */
async function phone(width: number): Promise<BrowserContext> {
  const context = await openContext(browser, {
    viewport: { width, height: 760 },
    isMobile: true,
    hasTouch: true,
    timezoneId: 'America/Chicago',
  });
  await seedSavedPlan(context, envelope);
  return context;
}

/** Opens a page and waits until every island has rendered the plan. */
async function openReady(page: Page, path: string, ready: string): Promise<void> {
  await openStep(page, path);
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
}

/** How wide the page is and how wide the screen is, and what sticks out, if anything. */
function widths(page: Page) {
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > screen + 0.5 && !el.closest('[aria-hidden="true"]'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { page: document.documentElement.scrollWidth, screen, wide };
  });
}

describe('the planner on a phone', () => {
  for (const [path, ready] of PAGES) {
    it(`fits /${path} with the sample plan on a 320 and a 390 px screen`, async () => {
      for (const width of WIDTHS) {
        const context = await phone(width);
        const page = await openPage(context);
        await openReady(page, path, ready);
        if (path === 'agenda/')
          await page
            .getByRole('button', { name: /^Edit / })
            .first()
            .click();
        if (path === 'invitees/') {
          await page
            .getByRole('button', { name: /^Edit / })
            .first()
            .click();
          // The language, dates and accommodations load when opened.
          await page.getByText('Language, RSVP dates and accommodations').first().click();
          await page.getByLabel('Interpretation into').first().waitFor();
        }
        if (path === 'logistics/') {
          await page.getByRole('button', { name: 'Start from the suggested lines' }).click();
          await page.locator('.budget tbody tr').first().waitFor();
        }
        const measured = await widths(page);
        expect(measured.page, `/${path} at ${width} px: ${measured.wide.join(', ')}`).toBeLessThanOrEqual(width);
        expect(measured.screen).toBe(width);
        if (width === 320) await expectNoAxeViolations(page);
        expect(page.errors).toEqual([]);
        await context.close();
      }
    });
  }

  it('keeps the step navigation to one short row, with all 9 steps, naming the current step', async () => {
    for (const width of WIDTHS) {
      const context = await phone(width);
      const page = await openPage(context);
      await openReady(page, 'invitees/', '.invitee-table tbody tr');
      const nav = page.getByRole('navigation', { name: 'Planning steps' });
      // The current step shows its name; the others show their number and keep their name for
      // screen readers.
      await expect(nav.getByRole('link', { name: /^Invitees/ }).getAttribute('aria-current')).resolves.toBe('page');
      const shownWidth = (name: string) =>
        nav.getByText(name, { exact: true }).evaluate((el) => el.getBoundingClientRect().width);
      // With seven or more steps the narrowest screen names none of them (the page heading says where you are).
      if (width > 320) await expect(shownWidth('Invitees')).resolves.toBeGreaterThan(30);
      else await expect(shownWidth('Invitees')).resolves.toBeLessThanOrEqual(1);
      await expect(shownWidth('Goals')).resolves.toBeLessThanOrEqual(1);
      // A number alone is still a target a finger can hit (WCAG 2.2: at least 24 by 24 px).
      const goals = await nav.getByRole('link', { name: /^Goals/ }).boundingBox();
      expect(Math.min(goals!.width, goals!.height)).toBeGreaterThanOrEqual(24);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(90);

      // Nine steps now (logistics, the checklist, the event day and follow-up among them), the last,
      // longest-named one current: still one row.
      await expect(nav.getByRole('link').count()).resolves.toBe(9);
      await page.evaluate(() => {
        const list = document.querySelector('.steps')!;
        list.querySelector('[aria-current]')!.removeAttribute('aria-current');
        list.lastElementChild!.querySelector('a')!.setAttribute('aria-current', 'page');
      });
      const tops = await nav
        .getByRole('link')
        .evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
      expect(tops).toBe(1);
      const measured = await widths(page);
      expect(measured.page).toBeLessThanOrEqual(width);
      await context.close();
    }
  });

  it('shows invitees as cards whose status and buttons are on screen, and changes a status by touch', async () => {
    const context = await phone(390);
    const page = await openPage(context);
    await openReady(page, 'invitees/', '.invitee-table tbody tr');
    const controls = page.locator('.invitee-table tbody').locator('select, button');
    const rights = await controls.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(0);
    expect(Math.max(...rights)).toBeLessThanOrEqual(390);
    // The table keeps its meaning for screen readers: rows, a row header per person, cells.
    const first = page.getByRole('row', { name: /^Ana Núñez/ });
    await expect(first.getByRole('rowheader').textContent()).resolves.toBe('Ana Núñez');

    const status = page.getByRole('combobox', { name: 'Status of Marcus Lee' });
    await status.scrollIntoViewIfNeeded();
    await status.selectOption('declined');
    await page.getByText('Marcus Lee: Declined.').waitFor();
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('reads the sheets as lists on a phone screen while printing keeps their tables', async () => {
    const context = await phone(390);
    const page = await openPage(context);
    const rowDisplay = (selector: string) =>
      page
        .locator(`${selector} tbody tr`)
        .first()
        .evaluate((tr) => getComputedStyle(tr).display);
    for (const [sheet, table] of [
      ['facilitator', '.agenda-table'],
      ['sign-in', '.sign-in-table'],
      ['checklist', '.checklist-table'],
    ]) {
      await openReady(page, `export/print/${sheet}/`, table!);
      await expect(rowDisplay(table!)).resolves.not.toBe('table-row');
      // The column names that a value does not explain are shown next to it.
      if (sheet === 'facilitator') {
        await expect(
          page
            .locator('.agenda-table td.col-lead')
            .first()
            .evaluate((td) => getComputedStyle(td, '::before').content),
        ).resolves.toBe('"Lead: " / ""');
      }
      await page.emulateMedia({ media: 'print' });
      await expect(rowDisplay(table!)).resolves.toBe('table-row');
      await page.emulateMedia({ media: 'screen' });
    }
    await openReady(page, 'export/print/sign-in/', '.sign-in-table');
    // The blank rows for walk-ins are for paper: on the screen only the people are listed.
    const shown = await page
      .locator('.sign-in-table tbody tr')
      .evaluateAll((rows) => rows.filter((tr) => getComputedStyle(tr).display !== 'none').length);
    expect(shown).toBe(3);
    await context.close();
  });
});
