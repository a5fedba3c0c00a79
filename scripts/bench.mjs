// npm run bench: builds the site, then measures what a user waits for and what the page
// downloads. Prints a table, checks the README's budgets, and writes bench-results/*.json so
// two runs can be compared (`node scripts/bench.mjs --compare bench-results/A.json`).
// Not a test: numbers vary by machine; budgets are reported, not asserted inside tests.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const BUDGET_LOAD_KB = 100;
const BUDGET_FILTER_MS = 50;
const BUDGET_GROWTH = 12; // 10x the people: linear is ~10; a little noise allowed
const PAGES = ['', 'goals/', 'agenda/', 'invitees/', 'export/', 'run/', 'follow-up/'];

if (!args.includes('--no-build')) {
  console.log('Building the site…');
  execSync('npx astro build', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

// ---- JavaScript shipped: follow static imports from each page's scripts and islands ----------
const gzipKb = (file) => gzipSync(readFileSync(file)).length / 1024;
const importsOf = new Map();
function chunkImports(file) {
  if (importsOf.has(file)) return importsOf.get(file);
  const code = readFileSync(file, 'utf8');
  const staticImports = new Set();
  const dynamicImports = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    staticImports.add(resolve(dirname(file), m[1]));
  }
  for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g))
    dynamicImports.add(resolve(dirname(file), m[1]));
  // Vite's preload helper lists a dynamic import's dependencies in an array of "_astro/x.js".
  const result = { staticImports, dynamicImports };
  importsOf.set(file, result);
  return result;
}
function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const dep of chunkImports(file).staticImports) stack.push(dep);
  }
  return seen;
}
function pageEntries(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const urls = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+\.js)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) urls.add(m[1]);
  return [...urls].map((u) => join(DIST, u.replace(/^\/(?:[^_][^/]*\/)?(?=_astro|registerSW)/, '').replace(/^\//, '')));
}
const sizes = {};
const onDemand = new Map();
for (const page of PAGES) {
  const loaded = closure(pageEntries(join(DIST, page, 'index.html')));
  sizes[`/${page}`] = [...loaded].reduce((sum, f) => sum + gzipKb(f), 0);
  // Every dynamic import reachable from the page, also those inside on-demand chunks (the .docx
  // writer is imported by the file builders, which are themselves on demand).
  const queue = [...loaded];
  const visited = new Set(loaded);
  while (queue.length) {
    const file = queue.shift();
    for (const target of chunkImports(file).dynamicImports) {
      const extra = [...closure([target])].filter((f) => !loaded.has(f));
      const kb = extra.reduce((sum, f) => sum + gzipKb(f), 0);
      const name = relative(join(DIST, '_astro'), target).replace(/\.[\w-]+\.js$/, '');
      if (!onDemand.has(name) || onDemand.get(name) < kb) onDemand.set(name, kb);
      for (const f of extra) {
        if (!visited.has(f)) {
          visited.add(f);
          queue.push(f);
        }
      }
    }
  }
}

// `--sizes-only`: just the JavaScript budgets, in seconds, for checking a change's weight.
if (args.includes('--sizes-only')) {
  for (const [page, kb] of Object.entries(sizes))
    console.log(
      `JS at load ${page}: ${kb.toFixed(2)} KB gzip ${kb <= BUDGET_LOAD_KB ? 'ok' : `OVER ${BUDGET_LOAD_KB}`}`,
    );
  process.exit(Object.values(sizes).every((kb) => kb <= BUDGET_LOAD_KB) ? 0 : 1);
}

// ---- In Chromium: time to interactive, then the compute benchmarks -----------------------------
const server = await startServer({ root: DIST, base: process.env.BASE_PATH ?? '/' });
const browser = await launchChromium();
const tti = {};
for (const page of PAGES) {
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    // A fresh context each time: a first visit, no service worker, no cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(server.url + page, { waitUntil: 'load' });
    const ms = await tab.evaluate(
      () =>
        new Promise((done) => {
          const check = () => {
            if (!document.querySelector('astro-island[ssr]')) done(performance.now());
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    runs.push(ms);
    await context.close();
  }
  tti[`/${page}`] = runs.sort((a, b) => a - b)[2];
}

const bundle = await build({
  entryPoints: ['scripts/bench-entry.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'error',
});
const readYaml = (file) => parseYaml(readFileSync(file, 'utf8'));
const readDir = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readYaml(join(dir, f)));
const toolkit = {
  goals: readDir('content/goals').sort((a, b) => a.order - b.order),
  focusAreas: readYaml('content/focus-areas.yaml'),
  templates: readDir('content/agenda-templates'),
  activities: readYaml('content/activities.yaml'),
  categories: readYaml('content/stakeholder-categories.yaml').sort((a, b) => a.order - b.order),
  checklist: readYaml('content/checklist.yaml'),
  checks: readYaml('content/agenda-checks.yaml'),
};
const context = await browser.newContext();
const tab = await context.newPage();
// A page without the site's CSP on a secure origin (127.0.0.1), so crypto.randomUUID exists.
await tab.goto(server.url + 'bench-blank');
await tab.addScriptTag({ content: bundle.outputFiles[0].text });
const compute = await tab.evaluate((t) => globalThis.convBench.run(t), toolkit);
Object.assign(compute, await tab.evaluate(() => globalThis.convBench.storageTimes()));

// The invitees page itself: import 5,000 people through the file picker and list them.
const uiTimes = await measureInviteeUi(browser, tab, toolkit);
await context.close();
await browser.close();
await server.close();

async function measureInviteeUi(browser, benchTab, toolkit) {
  const csv = await benchTab.evaluate(
    (names) => globalThis.convBench.peopleCsv(5000, names),
    toolkit.categories.map((c) => c.name),
  );
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  try {
    await page.goto(server.url + 'invitees/');
    const input = page.locator('input[type="file"]').first();
    await input.waitFor({ state: 'attached' });
    const start = Date.now();
    await input.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const importButton = page.getByRole('button', { name: /^Import \d+ people/ });
    await importButton.waitFor({ timeout: 30_000 });
    const previewMs = Date.now() - start;
    // The save goes to IndexedDB: time a large plan's put until its transaction commits.
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put(value, key) {
        if (typeof value === 'string' && value.length > 1e6) {
          const start = performance.now();
          this.transaction.addEventListener('complete', () => (window.__saveMs = performance.now() - start));
        }
        return original.call(this, value, key);
      };
    });
    const t2 = Date.now();
    await importButton.click();
    await page.getByRole('heading', { name: 'Your list (5000)' }).waitFor({ timeout: 30_000 });
    const listMs = Date.now() - t2;
    // The plan (now ~1.2 MB) is saved 250 ms after the import: time that save on its own, then
    // type once it is done, so the keystrokes measure search and render, not the save.
    await page.waitForFunction(() => window.__saveMs !== undefined, null, { timeout: 30_000 });
    const saveMs = await page.evaluate(() => window.__saveMs);
    await page.waitForTimeout(300);
    // Typing in the search box, timed inside the page: from the input event to the second
    // animation frame after it (the table has been rendered and painted by then).
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    const keystrokes = await page.evaluate(async () => {
      const input = document.querySelector('input[type="search"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const times = [];
      for (const text of ['g', 'ga', 'gar', 'garc', 'garcí', 'garcía', 'garcía c', 'garcía co']) {
        const start = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        times.push(performance.now() - start);
      }
      return times;
    });
    return {
      'UI: 5,000-row file to import preview (ms)': previewMs,
      'UI: confirm import and list 5,000 (ms)': listMs,
      'UI: storage write of the plan with 5,000 people (ms)': saveMs,
      'UI: search keystroke on 5,000, input to paint, median (ms)': keystrokes.sort((a, b) => a - b)[4],
      'UI: search keystroke on 5,000, input to paint, slowest (ms)': keystrokes[keystrokes.length - 1],
      ...(await measureAgendaUi(browser, benchTab)),
    };
  } catch (error) {
    console.warn(`Invitee UI benchmark skipped: ${String(error).split('\n')[0]}`);
    return {};
  } finally {
    await ctx.close();
  }
}

/** A 60-item day on the agenda page: change the first item's minutes, wait for the last row to move. */
async function measureAgendaUi(browser, benchTab) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const envelope = await benchTab.evaluate(() => globalThis.convBench.sixtyItemEnvelope());
  await ctx.addInitScript((value) => localStorage.setItem('convening-planner:plan', value), envelope);
  const page = await ctx.newPage();
  try {
    await page.goto(server.url + 'agenda/');
    await page.getByRole('button', { name: /^Edit Session 1\b/ }).click();
    const minutes = page.getByRole('spinbutton', { name: 'Minutes' });
    const times = [];
    for (const value of ['25', '40', '15']) {
      const t = Date.now();
      await minutes.fill(value);
      const end = 8 * 60 + Number(value) + 59 * 10;
      const label = `${Math.floor(end / 60) % 12 || 12}:${String(end % 60).padStart(2, '0')} ${end >= 720 ? 'PM' : 'AM'}`;
      await page
        .getByText(new RegExp(`${label}.*Session 60`))
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(async () => {
          await page.getByText(label).first().waitFor({ timeout: 10_000 });
        });
      times.push(Date.now() - t);
    }
    return { 'UI: 60-item day, duration change until the last time moves, slowest (ms)': Math.max(...times) };
  } catch (error) {
    console.warn(`Agenda UI benchmark skipped: ${String(error).split('\n')[0]}`);
    return {};
  } finally {
    await ctx.close();
  }
}

// ---- Report -------------------------------------------------------------------------------------
const round = (x) => Math.round(x * 10) / 10;
const rows = [];
for (const [page, kb] of Object.entries(sizes))
  rows.push([
    `JS at load ${page} (KB gzip)`,
    kb,
    kb <= BUDGET_LOAD_KB ? `≤ ${BUDGET_LOAD_KB}` : `OVER ${BUDGET_LOAD_KB}`,
  ]);
for (const [name, kb] of [...onDemand].sort()) rows.push([`JS on demand: ${name} (KB gzip)`, kb, 'on demand']);
for (const [page, ms] of Object.entries(tti)) rows.push([`time to interactive ${page} (ms, median of 5)`, ms, '']);
for (const [name, value] of Object.entries({ ...compute, ...uiTimes })) {
  let budget = '';
  if (name.startsWith('filter 5,000') || name.startsWith('UI: search'))
    budget = value <= BUDGET_FILTER_MS ? `≤ ${BUDGET_FILTER_MS}` : `OVER ${BUDGET_FILTER_MS}`;
  if (name.startsWith('growth'))
    budget = value <= BUDGET_GROWTH ? `≤ ${BUDGET_GROWTH} (linear ≈ 10)` : `OVER ${BUDGET_GROWTH}`;
  rows.push([name, value, budget]);
}
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'measure'.padEnd(width)} | value   | budget`);
console.log(`${'-'.repeat(width)}-|---------|-------`);
for (const [name, value, budget] of rows)
  console.log(`${name.padEnd(width)} | ${String(round(value)).padStart(7)} | ${budget}`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  rows: Object.fromEntries(rows.map((r) => [r[0], round(r[1])])),
};
mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join('bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nSaved ${file} (and bench-results/latest.json).`);

const compareIndex = args.indexOf('--compare');
if (compareIndex >= 0) {
  const before = JSON.parse(readFileSync(args[compareIndex + 1], 'utf8')).rows;
  console.log(`\nCompared with ${args[compareIndex + 1]}:`);
  for (const [name, value] of Object.entries(results.rows)) {
    if (name in before)
      console.log(`${name.padEnd(width)} | ${String(before[name]).padStart(7)} → ${String(value).padStart(7)}`);
  }
}
const over = rows.filter((r) => String(r[2]).startsWith('OVER'));
if (over.length) {
  console.log(`\n${over.length} budget(s) not met.`);
  process.exitCode = 1;
} else console.log('\nAll budgets met.');
