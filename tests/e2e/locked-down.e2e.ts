import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, openContext, openPage, url, waitForPlan } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PAGES = [
  '',
  'goals/',
  'agenda/',
  'invitees/',
  'messages/',
  'logistics/',
  'checklist/',
  'export/',
  'resources/',
  'run/',
  'follow-up/',
];

/** Collects CSP violations reported inside the page. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Start → goals → agenda → invitees → export, as a person would do it, ending with downloads. */
async function journey(page: Page): Promise<void> {
  await page.goto(url(''));
  await waitForPlan(page);
  await page.getByLabel('Event title').fill('Under a strict policy');
  await page.getByLabel('Day 1 date').fill('2027-03-13');
  await page.getByRole('navigation', { name: 'Planning steps' }).getByRole('link', { name: /Goals/ }).click();
  await page.getByRole('checkbox', { name: 'Align on Student & Community Needs', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Set Preliminary Goals', exact: true }).check();
  await page
    .getByRole('navigation', { name: 'Planning steps' })
    .getByRole('link', { name: /Agenda/ })
    .click();
  await page.getByRole('button', { name: 'One-day version of the sample agenda' }).click();
  await page
    .getByRole('dialog', { name: 'Use “One-day version of the sample agenda”?' })
    .getByRole('button', { name: 'Use this agenda' })
    .click();
  await page.getByRole('heading', { name: 'Checks' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Planning steps' })
    .getByRole('link', { name: /Invitees/ })
    .click();
  const add = page.getByRole('form', { name: 'Add to the list' });
  await add.getByLabel('Name').fill('Ana Núñez');
  await add.getByLabel('Email').fill('ana@example.org');
  await add.getByLabel('Stakeholder category').selectOption({ label: 'Youth' });
  await add.getByRole('button', { name: 'Add to the list' }).click();
  await page.getByRole('rowheader', { name: 'Ana Núñez' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Planning steps' })
    .getByRole('link', { name: /Export/ })
    .click();
  for (const button of ['Event days, for invitees', 'Download everything (.zip)']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/^under-a-strict-policy/);
  }
}

describe('content security policy', () => {
  it('puts a strict policy on every page; a whole journey works under it and nothing leaves for another origin', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    const violations = await watchCsp(page);
    const foreign: string[] = [];
    const origin = new URL(url()).origin;
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (!['data:', 'blob:'].includes(requestUrl.protocol) && requestUrl.origin !== origin)
        foreign.push(request.url());
    });
    for (const path of PAGES) {
      await page.goto(url(path));
      await waitForPlan(page);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      for (const directive of ["connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      // Every inline script on the page is covered by a hash in the policy.
      const inline = await page.locator('script:not([src])').count();
      expect((policy!.match(/'sha256-/g) ?? []).length).toBeGreaterThanOrEqual(inline);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    }
    await journey(page);
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});

describe('offline use', () => {
  it('offers a web app manifest so the planner can be installed', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, page.url()).toString())).json()) as {
      name: string;
      display: string;
      icons: { sizes: string }[];
    };
    expect(manifest.name).toBe('Convening Planner');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toContain('512x512');
    await context.close();
  });

  it('opens every page with the network off after the first visit', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByLabel('Event title').fill('Planned on a train');
    await page.waitForTimeout(400);
    await context.setOffline(true);
    for (const path of PAGES) {
      const response = await page.goto(url(path));
      expect(response?.ok() ?? true).toBe(true);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    }
    await page.goto(url(''));
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Planned on a train');
    await expectNoAxeViolations(page);
    // The exporters are separate chunks loaded on demand: the service worker has them too.
    await page.goto(url('export/'));
    await waitForPlan(page);
    for (const button of ['Plan file (.json)', 'Agenda (.docx)', 'Download everything (.zip)']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button, exact: true }).click();
      expect((await download).suggestedFilename()).toMatch(/^planned-on-a-train/);
    }
    await context.setOffline(false);
    await context.close();
  });
});
