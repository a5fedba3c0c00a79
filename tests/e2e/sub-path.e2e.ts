import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openContext, openPage, waitForPlan } from './browser';

// `npm test` builds the site a second time with BASE_PATH=/planner/ into dist-subpath/.
const root = process.env.SUBPATH_DIST_DIR ?? 'dist-subpath';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launch();
  server = (await startServer({ root, base: '/planner/' })) as typeof server;
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('hosting under a sub-path', () => {
  it('serves every page, asset and link under /planner/', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(server.url);
    await waitForPlan(page);
    await page.getByLabel('Event title').fill('Hosted in a folder');
    const links = await page.getByRole('navigation', { name: 'Planning steps' }).getByRole('link').all();
    const hrefs = await Promise.all(links.map((l) => l.getAttribute('href')));
    expect(hrefs).toEqual([
      '/planner/',
      '/planner/goals/',
      '/planner/agenda/',
      '/planner/invitees/',
      '/planner/logistics/',
      '/planner/checklist/',
      '/planner/export/',
      '/planner/run/',
      '/planner/follow-up/',
    ]);
    for (const [name, path] of [
      ['Goals', 'goals'],
      ['Agenda', 'agenda'],
      ['Invitees', 'invitees'],
      ['Logistics', 'logistics'],
      ['Checklist', 'checklist'],
      ['Export', 'export'],
      ['Event day', 'run'],
      ['Follow-up', 'follow-up'],
    ]) {
      await page
        .getByRole('navigation', { name: 'Planning steps' })
        .getByRole('link', { name: new RegExp(name!) })
        .click();
      await page.waitForURL(`**/planner/${path}/`);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    }
    await page.goto(server.url);
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Hosted in a folder');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/planner/');
    expect(failed).toEqual([]);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
