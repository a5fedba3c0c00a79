/**
 * Nothing jumps while a page loads: on every page of the build (read from dist/, so pages added
 * later are checked too), with an empty plan and with the sample plan, on a laptop and on a
 * phone, the layout shifts the browser reports add up to at most 0.02 — the server renders each
 * island's frame, the saved plan fills it, and notices appear where they push nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesOf } from '../../scripts/site-pages.mjs';
import { expectNoAxeViolations, launch, openContext, openPage, openStep, url, waitForPlan } from './browser';

/** The participant sheets in Spanish: the same pages, whose words change with the frame-to-view swap. */
const SPANISH = [
  'export/print/agenda/?lang=es',
  'export/print/questions/?lang=es',
  'export/print/sign-in/?lang=es',
  'export/print/worksheet/?lang=es',
  'export/print/prework/?lang=es',
];
const PAGES: string[] = [...pagesOf(process.env.DIST_DIR ?? 'dist'), ...SPANISH];
const MAX_SHIFT = 0.02;
const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
/** Every page twice over, with axe-core on each: more than the default minute on a busy machine. */
const ALL_PAGES_TIMEOUT = 240_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The sample plan of the README's screenshots, as a plan file the start page opens. */
async function samplePlanFile(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const plan = JSON.parse(await readFile(new URL('../../docs/screenshots/sample-plan.json', import.meta.url), 'utf8'));
  const text = JSON.stringify({ app: 'convening-planner', schemaVersion: plan.schemaVersion, savedAt: '', plan });
  return { name: 'sample-plan.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Opens the sample plan from its file on the start page, as a person would. */
async function openSamplePlan(page: Page): Promise<void> {
  await openStep(page);
  await page.getByLabel('Open a plan file…').setInputFiles(await samplePlanFile());
  await page.getByRole('dialog', { name: 'Open this plan?' }).getByRole('button', { name: 'Open this plan' }).click();
  await page.getByText('The plan file was opened.').waitFor();
}

/**
 * The layout shifts of the page's load, added up (every shift, not only the worst burst that
 * Lighthouse's CLS takes), each with the elements that moved.
 */
async function layoutShifts(page: Page): Promise<{ total: number; moved: string[] }> {
  // Painted after the last render: two animation frames after the page is ready.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((done) => {
        const result = { total: 0, moved: [] as string[] };
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null }[];
        };
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            result.total += entry.value;
            const nodes = entry.sources.map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80) ?? '#text');
            result.moved.push(`${entry.value.toFixed(3)}: ${nodes.join(' | ')}`);
          }
        });
        // Buffered: the shifts since the page started loading. With none, no callback comes;
        // the next frame's task runs after the buffered callback would have.
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            done(result);
          }),
        );
      }),
  );
}

/** Visits every page in `context` and checks its shifts (and, when asked, axe-core). */
async function checkEveryPage(context: BrowserContext, options: { axe: boolean }): Promise<void> {
  const page = await openPage(context);
  const shifts: Record<string, { total: number; moved: string[] }> = {};
  for (const path of PAGES) {
    await page.goto(url(path));
    await waitForPlan(page);
    shifts[`/${path}`] = await layoutShifts(page);
    if (options.axe) await expectNoAxeViolations(page);
  }
  const over = Object.entries(shifts).filter(([, s]) => s.total > MAX_SHIFT);
  expect(over).toEqual([]);
  // Hydration that did not match the server's HTML would be logged as an error.
  expect(page.errors).toEqual([]);
}

describe('layout stability', () => {
  it('finds the pages in the build: the five steps and the print pages', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['', 'goals/', 'agenda/', 'invitees/', 'export/']));
    expect(PAGES.filter((p) => p.startsWith('export/print/')).length).toBeGreaterThanOrEqual(7);
  });

  for (const [name, viewport] of [
    ['a laptop', LAPTOP],
    ['a phone', PHONE],
  ] as const) {
    it(
      `moves nothing on any page with an empty plan, on ${name}`,
      async () => {
        const context = await openContext(browser, { viewport });
        await checkEveryPage(context, { axe: viewport === LAPTOP });
        await context.close();
      },
      ALL_PAGES_TIMEOUT,
    );

    it(
      `moves nothing on any page with the sample plan, on ${name}`,
      async () => {
        const context = await openContext(browser, { viewport });
        await openSamplePlan(await openPage(context));
        await checkEveryPage(context, { axe: viewport === LAPTOP });
        await context.close();
      },
      ALL_PAGES_TIMEOUT,
    );
  }

  it('keeps keyboard focus clear of the notice held at the bottom of the window', async () => {
    const context = await openContext(browser, { viewport: PHONE });
    const page = await openPage(context);
    await openStep(page, 'agenda/');
    // A new plan has no goals: the note saying so sits at the bottom of the window.
    const notice = page.locator('.banner-region').getByText('The event goals are not settled');
    await notice.waitFor();
    await page.getByRole('button', { name: 'One-day version of the sample agenda' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Use this agenda' }).click();
    await page.getByRole('heading', { level: 2, name: /^Day 1/ }).waitFor();
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const focused = document.activeElement;
        const region = document.querySelector('.banner-region');
        if (!focused || !region || region.contains(focused)) return false;
        const f = focused.getBoundingClientRect();
        const r = region.getBoundingClientRect();
        // Wholly under the notice, so a keyboard user could not see where they are.
        return f.top >= r.top && f.bottom <= r.bottom && r.height > 0;
      });
      expect(covered, `focus stop ${i + 1} is hidden under the notice`).toBe(false);
    }
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the frame while the saved plan is read late, then fills it without moving anything', async () => {
    const context = await openContext(browser, { viewport: PHONE });
    await openSamplePlan(await openPage(context));
    // A slow disk: every IndexedDB open answers 1.5 s late, so the frames are on screen first (long
    // enough that a crowded machine still finds the frame when the page's HTML is in).
    await context.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function openLate(this: IDBFactory, ...args: [string, number?]) {
        const request = open.apply(this, args);
        let handler: ((event: Event) => void) | null = null;
        Object.defineProperty(request, 'onsuccess', {
          set: (value: (event: Event) => void) => (handler = value),
          get: () => handler,
        });
        request.addEventListener('success', (event) => setTimeout(() => handler?.call(request, event), 1500));
        return request;
      };
    });
    const page = await openPage(context);
    for (const path of ['', 'agenda/', 'invitees/', 'export/print/facilitator/']) {
      await page.goto(url(path), { waitUntil: 'domcontentloaded' });
      await page.locator('.plan-frame').first().waitFor({ state: 'attached' });
      await waitForPlan(page);
      const shifts = await layoutShifts(page);
      expect(shifts.total, `/${path}: ${shifts.moved.join('\n')}`).toBeLessThanOrEqual(MAX_SHIFT);
    }
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
