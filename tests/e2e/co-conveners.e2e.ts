/**
 * One co-convener list: added and removed on the start page by keyboard, they are people on the
 * invitee list, counted by the invitees page's coverage.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, openContext, openPage, openStep, tabTo, waitForSave } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the co-convener list', () => {
  it('adds and removes co-conveners on the start page, and the invitees page counts them', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page);
    const field = page.getByLabel('Add a co-convener');
    await tabTo(page, field);
    await page.keyboard.type('Riverside Community Foundation');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: 'Added Riverside Community Foundation as a co-convener.' })
      .waitFor();
    await page.keyboard.type('City of Riverside');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Added City of Riverside as a co-convener.' }).waitFor();
    // The same one again is refused with the reason, next to the field.
    await page.keyboard.type('riverside community foundation');
    await page.keyboard.press('Enter');
    await page.getByText('riverside community foundation is already a co-convener.').waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.co-convener-list li span').allTextContents()).resolves.toEqual([
      'Riverside Community Foundation',
      'City of Riverside',
    ]);
    await expectNoAxeViolations(page);
    await waitForSave(page);

    await openStep(page, 'invitees/');
    await page.getByText('2 co-conveners and 0 organizing committee', { exact: false }).waitFor();
    await expect(page.getByText('City of Riverside').count()).resolves.toBeGreaterThan(0);

    await openStep(page);
    await tabTo(page, page.getByRole('button', { name: 'Remove City of Riverside as a co-convener' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'City of Riverside is no longer a co-convener.' }).waitFor();
    await expect(page.locator('.co-convener-list li span').allTextContents()).resolves.toEqual([
      'Riverside Community Foundation',
    ]);
    await waitForSave(page);
    await openStep(page, 'invitees/');
    await page.getByText('1 co-convener and 0 organizing committee', { exact: false }).waitFor();
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
