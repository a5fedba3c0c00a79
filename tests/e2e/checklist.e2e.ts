/**
 * The planning timeline as a person meets it: a new plan starts with the suggested tasks, the
 * start page lists the next ones due (overdue and weekend moves marked), and the checklist step
 * edits them by keyboard, undo included. A plan saved before keeps its checklist as it was.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, type Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import {
  contextWithPlan,
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  openStep,
  tabTo,
  waitForPlan,
  waitForSave,
} from './browser';

const plan: Plan = samplePlan(loadContent());

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A browser in Tokyo with the Chicago sample plan already saved (seeded once per context). */
function tokyoContext(): Promise<BrowserContext> {
  return contextWithPlan(browser, plan, { timezoneId: 'Asia/Tokyo' }, '2027-01-05T12:00:00.000Z');
}

describe('the planning checklist', () => {
  it('starts a new plan with the suggested tasks and shows the next ones due on the start page', async () => {
    const context = await openContext(browser, { timezoneId: 'America/Chicago' });
    // Monday 1 February 2027 on this computer: the first tasks of a 13 March event are overdue.
    await context.clock.setFixedTime(new Date('2027-02-01T10:00:00-06:00'));
    const page = await openPage(context);
    await openStep(page);
    const next = page.getByRole('region', { name: 'Next tasks' });
    await next.getByText('Set the date of day 1 above to see when each planning task is due.').waitFor();
    await tabTo(page, page.getByLabel('Day 1 date'));
    await page.keyboard.type('03132027');
    await next.getByRole('listitem').first().waitFor();
    await expect(next.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      'Confirm co-conveners and the organizing committee — due Tue, Jan 12, 2027 Overdue',
      'Book the venue — due Fri, Jan 15, 2027 (moved from Sat 16 Jan, a weekend) Overdue',
      'Send invitations — due Fri, Jan 29, 2027 (moved from Sat 30 Jan, a weekend) Overdue',
      'Send a reminder and confirm RSVPs — due Wed, Mar 3, 2027',
    ]);
    await expectNoAxeViolations(page);

    await tabTo(page, next.getByRole('link', { name: 'Open the checklist' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/checklist\/$/);
    await waitForPlan(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Planning checklist');
    // Every suggested task but the pre-work one, which waits until the plan has pre-work.
    await expect(page.locator('.task').count()).resolves.toBe(14);
    const venue = page.getByRole('listitem').filter({ hasText: 'Book the venue' });
    await expect(venue.locator('.task-when').innerText()).resolves.toBe(
      'Due Fri, Jan 15, 2027\n56 days before the event\nmoved from Sat 16 Jan, a weekend\nOverdue',
    );
    await expectNoAxeViolations(page);

    // Removing a suggested task is one edit that can be undone.
    await tabTo(page, page.getByRole('button', { name: 'Delete “Book the venue”' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Deleted “Book the venue”.' }).waitFor();
    await expect(venue.count()).resolves.toBe(0);
    await tabTo(page, page.getByRole('button', { name: /^Undo/ }));
    await page.keyboard.press('Enter');
    await venue.waitFor();
    await expect(page.locator('.task').count()).resolves.toBe(14);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('leaves the checklist of a plan saved before as it was, with the suggestions one button away', async () => {
    const old = { ...createPlan({ timeZone: 'America/Chicago' }), checklist: [] };
    old.event.title = 'Saved before';
    const context = await contextWithPlan(browser, old);
    const page = await openPage(context);
    await openStep(page, 'checklist/');
    await page.getByRole('button', { name: 'Start with the 14 suggested tasks' }).waitFor();
    await expect(page.locator('.task').count()).resolves.toBe(0);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('lets a keyboard user add, tick, reassign and delete checklist tasks', async () => {
    const context = await tokyoContext();
    const page = await openPage(context);
    await openStep(page, 'checklist/');
    await page.getByLabel('Task', { exact: true }).waitFor();
    // Bad input: a message next to the field, nothing added.
    await page.getByLabel('Task', { exact: true }).focus();
    await page.keyboard.type('Thank-you notes to hosts');
    await page.getByLabel('Days').fill('ten');
    await page.getByLabel('Days').press('Enter');
    await expect(page.getByText('Enter a whole number of days from 0 to 365, e.g. 7.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Days').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
    await page.getByLabel('Days').fill('4');
    await page.getByLabel('Owner', { exact: true }).fill('Marcus');
    await page.getByLabel('Owner', { exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Added “Thank-you notes to hosts”.' }).waitFor();
    const task = page.getByRole('listitem').filter({ hasText: 'Thank-you notes to hosts' });
    await expect(task.locator('.task-when').innerText()).resolves.toBe('Due Thu, Mar 18, 2027\n4 days after the event');
    await expect(task.locator('time').getAttribute('datetime')).resolves.toBe('2027-03-18');

    await page.getByRole('checkbox', { name: 'Send invitations' }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Owner of “Book the venue”').fill('Facilities team');
    await page.getByRole('button', { name: 'Delete “Share event photos with participants”' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Deleted “Share event photos with participants”.' }).waitFor();
    await expectNoAxeViolations(page);
    await waitForSave(page);

    await page.reload();
    await waitForPlan(page);
    await page.getByRole('checkbox', { name: 'Send invitations' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Send invitations' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Owner of “Book the venue”').inputValue()).resolves.toBe('Facilities team');
    const photos = page.getByRole('checkbox', { name: 'Share event photos with participants' });
    await expect(photos.count()).resolves.toBe(0);
    // The deleted suggestion can come back.
    await page.getByRole('button', { name: 'Add 1 missing suggested task' }).focus();
    await page.keyboard.press('Enter');
    await expect(photos.count()).resolves.toBe(1);
    // The button is gone now; focus moved to the checklist heading instead of the page body.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cl-heading');
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
