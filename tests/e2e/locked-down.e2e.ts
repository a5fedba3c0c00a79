import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, openContext, openPage, url } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PAGES = ['', 'goals/', 'agenda/', 'invitees/', 'export/'];

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

describe('content security policy', () => {
  it('puts a strict policy on every page, and the pages work under it', async () => {
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
    await page.goto(url(''));
    await page.getByLabel('Event title').fill('Under a strict policy');
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Under a strict policy');
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
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Planned on a train');
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await context.close();
  });
});
