import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, openContext, openPage, tabTo, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the resources page', () => {
  it('is one keyboard step away from every page, and lists what the toolkit points to in sections', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url('goals/'));
    const link = page.getByRole('link', { name: /^Resources: design help/ });
    await tabTo(page, link, 300);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resources\/$/);
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual([
      'Designing the activities',
      'More websites to explore',
      'Further reading from the NPSS Hub and its partners',
      'Funding to explore',
      'Help you can ask for',
      'Getting in touch',
    ]);
    const help = page.getByRole('region', { name: 'Help you can ask for' });
    await expect(help.getByRole('listitem').count()).resolves.toBe(4);
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Collaborative group protocols' }).innerText(),
    ).resolves.toMatch(/^Collaborative group protocols \(City Year\): A menu of ready-made activities/);
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
