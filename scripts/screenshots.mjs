// Screenshots for the README: the main pages and a printed handout, taken from a built site
// with a sample plan, so they stay current. Build first (npm run build), then run
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
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
    // Islands render on the client: give them a moment after the network is quiet.
    await page.waitForTimeout(500);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  for (const [name, path] of [
    ['print-handout', 'export/print/handouts/'],
    ['print-agenda', 'export/print/agenda/'],
  ]) {
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, `${name}.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'Letter' }));
    await page.emulateMedia({ media: 'screen' });
    // First page only, at a size that reads well in the README.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(outDir, name)]);
    console.log(`wrote ${join(outDir, `${name}.png`)}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
