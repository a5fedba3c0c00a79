// Screenshots for the README: the main pages, a printed handout and three pages on a 390 px
// phone, taken from a built site with a sample plan, so they stay current. Build first (npm run build), then run
// `npm run screenshots`. DIST_DIR picks another build folder, BASE_PATH a sub-path build.
// Needs Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH) and pdftoppm (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs/screenshots');
// The sample plan (kept equal to tests/helpers/sample-plan.ts by tests/export/screenshot-plan.test.ts).
const plan = JSON.parse(await readFile(join(outDir, 'sample-plan.json'), 'utf8'));

const PAGES = [
  ['start', ''],
  ['goals', 'goals/'],
  ['agenda', 'agenda/'],
  ['invitees', 'invitees/'],
  ['export', 'export/'],
];

// On a phone: the top of a page (the compact step navigation), or scrolled to a part of it.
const PHONE_PAGES = [
  ['phone-start', '', null],
  ['phone-agenda', 'agenda/', '.agenda-days'],
  ['phone-invitees', 'invitees/', '#list-heading'],
];

/** Opens a page and waits until its islands have hydrated and the network is quiet. */
async function open(page, path) {
  await page.goto(server.url + path);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
  // Islands render the saved plan after it is read: give them a moment after the network is quiet.
  await page.waitForTimeout(500);
}

const server = await startServer({
  root: process.env.DIST_DIR ?? join(root, 'dist'),
  base: process.env.BASE_PATH ?? '/',
});
const browser = await launchChromium();
const work = await mkdtemp(join(tmpdir(), 'screenshots-'));
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  });
  const envelope = JSON.stringify({
    schemaVersion: plan.schemaVersion,
    rev: 1,
    savedAt: new Date().toISOString(),
    plan,
  });
  await context.addInitScript((value) => localStorage.setItem('convening-planner:plan', value), envelope);
  const page = await context.newPage();
  for (const [name, path] of PAGES) {
    await open(page, path);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  for (const [name, path] of [
    ['print-handout', 'export/print/handouts/'],
    ['print-agenda', 'export/print/agenda/'],
  ]) {
    await open(page, path);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, `${name}.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'Letter' }));
    await page.emulateMedia({ media: 'screen' });
    // First page only, at a size that reads well in the README.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(outDir, name)]);
    console.log(`wrote ${join(outDir, `${name}.png`)}`);
  }
  await context.close();

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  });
  await phone.addInitScript((value) => localStorage.setItem('convening-planner:plan', value), envelope);
  const phonePage = await phone.newPage();
  for (const [name, path, part] of PHONE_PAGES) {
    await open(phonePage, path);
    if (part) await phonePage.locator(part).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const file = join(outDir, `${name}.png`);
    await phonePage.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  await phone.close();
} finally {
  await browser.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
