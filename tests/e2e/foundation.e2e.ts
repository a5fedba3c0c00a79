import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockStorage,
  expectNoAxeViolations,
  idbEntries,
  launch,
  openContext,
  openPage,
  seedSavedPlan,
  storedPlan,
  tabTo,
  url,
  waitForSave,
  waitForPlan,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PAGES = ['', 'goals/', 'agenda/', 'invitees/', 'checklist/', 'export/', 'resources/', 'run/', 'follow-up/'];

describe('the foundation', () => {
  it('serves every page on its own URL with zero axe violations and no errors', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    for (const path of PAGES) {
      await page.goto(url(path));
      await waitForPlan(page);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
    }
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('shows the static text of each page without JavaScript', async () => {
    const context = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(''));
    await expect(page.locator('h1').textContent()).resolves.toBe('Plan a collaborative goal-setting convening');
    await expect(page.getByRole('navigation', { name: 'Planning steps' }).getByRole('link').count()).resolves.toBe(9);
    await context.close();
  });

  it('lets a keyboard user fill in the start page, and the plan survives a reload', async () => {
    const context = await openContext(browser, { timezoneId: 'America/Chicago' });
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await tabTo(page, page.getByLabel('Event title'));
    await page.keyboard.type('Riverside Student Success Convening');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Riverside Unified');
    await tabTo(page, page.getByLabel('Day 1 date'));
    await page.keyboard.type('03172027');
    await tabTo(page, page.getByRole('button', { name: 'Add a second day' }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Day 2 date').inputValue()).resolves.toBe('2027-03-18');
    await tabTo(page, page.getByLabel('Target group size'));
    await page.keyboard.type('45');
    await tabTo(page, page.getByRole('checkbox', { name: /pre-work/ }));
    await page.keyboard.press('Space');
    await waitForSave(page);
    // The step indicator marks the start step as done.
    await expect(page.locator('[data-step="start"]').getAttribute('class')).resolves.toContain('is-done');

    await page.reload();
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Riverside Student Success Convening');
    await expect(page.getByLabel('Convener', { exact: true }).inputValue()).resolves.toBe('Riverside Unified');
    await expect(page.getByLabel('Day 1 date').inputValue()).resolves.toBe('2027-03-17');
    await expect(page.getByLabel('Day 2 date').inputValue()).resolves.toBe('2027-03-18');
    await expect(page.getByLabel('Target group size').inputValue()).resolves.toBe('45');
    await expect(page.getByLabel('Venue time zone').inputValue()).resolves.toBe('America/Chicago');
    await expect(page.getByRole('checkbox', { name: /pre-work/ }).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('keeps the long time-zone list out of the page until it is reached, and loads dates on a worker', async () => {
    const context = await openContext(browser, { timezoneId: 'America/Chicago' });
    const page = await openPage(context);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto(url(''));
    await waitForPlan(page);
    const zone = page.getByLabel('Venue time zone');
    // Only the chosen zone is in the page while it loads: one option, not 400.
    await expect(zone.locator('option').count()).resolves.toBe(1);
    await expect(zone.inputValue()).resolves.toBe('America/Chicago');
    await tabTo(page, zone);
    await expect(zone.locator('option').count()).resolves.toBeGreaterThan(300);
    await expect(zone.inputValue()).resolves.toBe('America/Chicago');
    // A keyboard user moves to the next zone in the list, and the plan keeps it.
    await page.keyboard.press('ArrowDown');
    const next = await zone.inputValue();
    expect(next).not.toBe('America/Chicago');
    await waitForSave(page);
    const saved = (await storedPlan(page)) as { event: { timeZone: string } } | null;
    expect(saved?.event.timeZone).toBe(next);
    await expectNoAxeViolations(page);
    // public/intl-warm.js started its worker from this site's own path.
    expect(workers).toEqual([new URL(url('intl-warm-worker.js')).pathname]);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('shows a message next to a field that is wrong', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Event title').click();
    await page.keyboard.press('Tab');
    await expect(
      page.getByText('Give the event a title; it names your files and calendar events.').isVisible(),
    ).resolves.toBe(true);
    await page.getByLabel('Target group size').fill('forty');
    await expect(page.getByText('Enter a whole number of people, e.g. 40.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Target group size').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('backs up a corrupt saved value and tells the user', async () => {
    const context = await openContext(browser);
    await seedSavedPlan(context, '{"rev":2,"plan":{"oops"');
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved plan could not be read.' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('A copy of it was kept in this browser as a backup');
    const backups = async () =>
      Object.entries(await idbEntries(page))
        .filter(([key]) => key.startsWith('backup:'))
        .map(([, value]) => value);
    await expect(backups()).resolves.toEqual(['{"rev":2,"plan":{"oops"']);
    // The old localStorage value was moved into the backup, so it is not found (or copied) again.
    await expect(page.evaluate(() => localStorage.getItem('convening-planner:plan'))).resolves.toBeNull();
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
    const file = await (await download).path();
    await expect(readFile(file, 'utf8')).resolves.toBe('{"rev":2,"plan":{"oops"');
    await page.reload();
    await waitForPlan(page);
    await expect(backups()).resolves.toEqual(['{"rev":2,"plan":{"oops"']);
    await context.close();
  });

  it('keeps an edit in memory and shows a banner when the storage is full', async () => {
    const context = await openContext(browser);
    await context.addInitScript(() => {
      const original = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put(value: unknown, key?: IDBValidKey) {
        if (typeof value === 'string' && value.includes('FULL')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.call(this, value, key);
      };
    });
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Event title').fill('Before the storage fills');
    await waitForSave(page);
    await page.getByLabel('Event title').fill('FULL storage edit');
    const banner = page.getByRole('alert').filter({ hasText: "The browser's storage is full" });
    await banner.waitFor();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('FULL storage edit');
    await expect(storedPlan(page)).resolves.toMatchObject({ event: { title: 'Before the storage fills' } });
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Save plan file' }).click();
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      plan: { event: { title: string } };
    };
    expect(saved.plan.event.title).toBe('FULL storage edit');
    await context.close();
  });

  it('works in memory and says so when storage is blocked', async () => {
    const context = await openContext(browser);
    await context.addInitScript(blockStorage);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByText('Nothing is being saved.').waitFor();
    await page.getByLabel('Event title').fill('Memory only');
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Memory only');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('refuses a bad plan file with a clear message and leaves the plan unchanged', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Event title').fill('The plan I keep');
    await waitForSave(page);
    const before = await storedPlan(page);
    await page.getByLabel('Open a plan file…').setInputFiles({
      name: 'contacts.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"not a plan"}'),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'was not opened' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(
      '"contacts.json" was not opened. This file is not a Convening Planner plan file (it has no "app": "convening-planner" marker). Your current plan is unchanged.',
    );
    await page.getByLabel('Open a plan file…').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"convening-planner","plan":{"schemaVersion":1,"id":"x"}}'),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: '"broken.json" was not opened. The plan has invalid data: createdAt' })
      .waitFor();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('The plan I keep');
    await expect(storedPlan(page)).resolves.toEqual(before);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('saves a plan file and opens it again exactly, after confirming', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Event title').fill('Ünïcode 🎉 東京 <b>summit</b>');
    await page.getByLabel('Venue', { exact: true }).fill('Main Library, Room "A"; 2nd floor');
    await waitForSave(page);
    const original = await storedPlan(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save plan file' }).first().click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('ünïcode-🎉-東京-b-summit-b-plan.json');
    const path = await saved.path();

    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByText('Started a new plan.').waitFor();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('');

    await page.getByLabel('Open a plan file…').setInputFiles(path);
    const confirm = page.getByRole('dialog', { name: 'Open this plan?' });
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toContain('Event: Ünïcode 🎉 東京 <b>summit</b>');
    await expectNoAxeViolations(page);
    await expect(confirm.textContent()).resolves.toContain('This browser already has this plan');
    await confirm.getByRole('button', { name: 'Replace the saved copy' }).click();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Ünïcode 🎉 東京 <b>summit</b>');
    await waitForSave(page);
    await expect(storedPlan(page)).resolves.toEqual(original);
    await context.close();
  });

  it("follows another tab's edits when this tab has none of its own", async () => {
    const context = await openContext(browser);
    const first = await openPage(context);
    const second = await openPage(context);
    await first.goto(url(''));
    await waitForPlan(first);
    await second.goto(url(''));
    await waitForPlan(second);
    await first.getByLabel('Event title').fill('Edited in the first tab');
    await waitForSave(first);
    await expect(second.getByLabel('Event title').inputValue()).resolves.toBe('Edited in the first tab');
    await context.close();
  });
});
