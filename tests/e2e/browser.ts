/** Shared helpers for browser tests: Debian's Chromium through playwright-core, plus axe-core. */
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '../../scripts/chromium.mjs';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';

export function launch(): Promise<Browser> {
  return launchChromium();
}

/** The site's root URL with a path appended, e.g. url('goals/'). */
export function url(path = ''): string {
  return inject('baseURL') + path;
}

/** A context with downloads allowed; page errors fail the test. */
export async function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ acceptDownloads: true, locale: 'en-US', ...options });
}

/** A new page that collects uncaught errors and console errors so tests can assert none. */
export async function openPage(context: BrowserContext): Promise<Page & { errors: string[] }> {
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  return page;
}

/** Runs axe-core with the WCAG 2.2 AA tags and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * Leaves `value` where an earlier version saved its plan (localStorage), once per tab: the first
 * page of the context opens it, and a reload keeps what the page saved since.
 */
export async function seedSavedPlan(context: BrowserContext, value: string): Promise<void> {
  await context.addInitScript((saved: string) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('convening-planner:plan', saved);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
}

/**
 * A context whose first page finds `plan` saved (as an earlier version left it in localStorage,
 * moved on the first load); later pages and reloads keep what the tests change.
 */
export async function contextWithPlan(
  browser: Browser,
  plan: { schemaVersion: number; createdAt: string },
  options: BrowserContextOptions = {},
  savedAt = plan.createdAt,
): Promise<BrowserContext> {
  const context = await openContext(browser, options);
  await seedSavedPlan(context, JSON.stringify({ schemaVersion: plan.schemaVersion, rev: 1, savedAt, plan }));
  return context;
}

/** An init script for a browser that lets the page use no storage at all. */
export function blockStorage(): void {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  Object.defineProperty(window, 'localStorage', { get: refuse });
  Object.defineProperty(window, 'sessionStorage', { get: refuse });
  IDBFactory.prototype.open = refuse;
}

/** Reads every key and value of the planner's IndexedDB store, straight from the browser. */
export async function idbEntries(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('convening-planner');
        open.onupgradeneeded = () => open.result.createObjectStore('plans');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('plans').objectStore('plans');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
            open.result.close();
          };
        };
      }),
  );
}

/** The saved copy of the plan this tab has open, read straight from IndexedDB. */
export async function storedPlan(page: Page): Promise<Record<string, unknown> | null> {
  const entries = await idbEntries(page);
  const id = (await page.evaluate(() => sessionStorage.getItem('convening-planner:open'))) ?? entries.open;
  const raw = entries[`plan:${String(id)}`];
  return typeof raw === 'string' ? (JSON.parse(raw) as { plan: Record<string, unknown> }).plan : null;
}

/**
 * Opens a step page and waits until the saved plan is in it (until then its main region is inert,
 * so typing would go nowhere). For pages with JavaScript; others: `page.goto(url(path))`.
 */
export async function openStep(page: Page, path = ''): Promise<void> {
  await page.goto(url(path));
  await waitForPlan(page);
}

/**
 * Waits until the page has read the saved plan (after a goto or a reload) and every island shows
 * it: until then an island shows its server frame (.plan-frame), inert look-alike controls.
 */
export async function waitForPlan(page: Page): Promise<void> {
  await page.locator('html[data-plan-ready]').waitFor({ state: 'attached' });
  await page.locator('.plan-frame').first().waitFor({ state: 'detached' });
}

/** Waits until the debounced save has written the plan. */
export async function waitForSave(page: Page): Promise<void> {
  await page.waitForTimeout(400);
}

/** Presses Tab until `target` has focus (keyboard-only tests). */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}
