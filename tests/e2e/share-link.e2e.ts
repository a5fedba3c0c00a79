/**
 * Sharing the plan with co-conveners by link, with no server: the plan travels in the link's
 * fragment, opens in another browser through the same question as a plan file, and a broken
 * link changes nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import {
  contextWithPlan,
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  openStep,
  storedPlan,
  tabTo,
  url,
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

/** Presses "Copy share link" with the keyboard. */
async function pressShare(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Copy share link' }));
  await page.keyboard.press('Enter');
}

describe('sharing the plan by link', () => {
  it('copies a link that opens the same plan in a fresh browser, after asking, and then leaves the address clean', async () => {
    const sender = await contextWithPlan(browser, plan);
    await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openPage(sender);
    await openStep(page);
    await waitForSave(page);
    await pressShare(page);
    await page.getByText('Share link copied.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${url()}#plan=1.`)).toBe(true);
    expect(link.length).toBeLessThanOrEqual(8000);
    const sent = await storedPlan(page);
    expect(sent?.id).toBe(plan.id);
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);

    // Another person's browser: nothing saved yet. Requests carry no fragment, so the plan never
    // reaches the server; only the page's own address holds it.
    const receiver = await openContext(browser);
    const other = await openPage(receiver);
    const requested: string[] = [];
    other.on('request', (request) => requested.push(request.url()));
    await other.goto(link);
    const dialog = other.getByRole('dialog', { name: 'Open this plan?' });
    await dialog.waitFor();
    await expect(dialog.getByText('The link holds:').isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('Event: Riverside Student Success Convening').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(other);
    await dialog.getByRole('button', { name: 'Open this plan' }).focus();
    await other.keyboard.press('Enter');
    await other.getByText('The shared plan was opened.').waitFor();
    expect(await other.evaluate(() => location.hash)).toBe('');
    expect(other.url()).toBe(url());
    expect(requested.some((r) => r.includes('#') || r.includes('plan='))).toBe(false);
    await waitForSave(other);
    expect(JSON.stringify(await storedPlan(other))).toBe(JSON.stringify(sent));

    // A reload does not ask again: the fragment is gone.
    await other.reload();
    await other.getByRole('button', { name: 'Copy share link' }).waitFor();
    await expect(other.getByRole('dialog', { name: 'Open this plan?' }).isVisible()).resolves.toBe(false);
    expect(other.errors).toEqual([]);
    await sender.close();
    await receiver.close();
  });

  it('says a broken link was not opened and keeps the plan exactly as it was', async () => {
    const context = await contextWithPlan(browser, plan);
    const page = await openPage(context);
    await openStep(page);
    await waitForSave(page);
    const before = JSON.stringify(await storedPlan(page));
    await page.goto(url('#plan=1.eJyrVkrOz0nJ'));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'share link' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(
      'The share link was not opened. The link is incomplete or damaged (was it cut short when it was copied or sent?). Your current plan is unchanged.',
    );
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect(page.getByRole('dialog', { name: 'Open this plan?' }).isVisible()).resolves.toBe(false);
    expect(JSON.stringify(await storedPlan(page))).toBe(before);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the link to copy by hand when the browser refuses the clipboard', async () => {
    const context = await contextWithPlan(browser, plan);
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    const page = await openPage(context);
    await openStep(page);
    await pressShare(page);
    await page.getByText('Copy this share link:').waitFor();
    const field = page.getByRole('textbox', { name: 'Share link' });
    await expect(field.inputValue()).resolves.toMatch(/#plan=1\.[\w-]+$/);
    await expect(field.getAttribute('readonly')).resolves.toBe('');
    await tabTo(page, field);
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('offers the plan file instead when the plan is too large for a link', async () => {
    // Notes that do not compress: every person's notes are random letters.
    let seed = 11;
    const noise = () =>
      Array.from({ length: 1500 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join(
        '',
      );
    const big: Plan = { ...plan, invitees: plan.invitees.map((p) => ({ ...p, notes: noise() })) };
    const context = await contextWithPlan(browser, big);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openPage(context);
    await openStep(page);
    await page.evaluate(() => navigator.clipboard.writeText('left alone'));
    await pressShare(page);
    const note = page.getByText('This plan is too large for a link');
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(
      /^This plan is too large for a link \([\d,]+ characters; links over 8,000 can be cut short by mail and chat programs\)\. Send the plan file instead/,
    );
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('left alone');
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
