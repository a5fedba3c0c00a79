// Screenshots for the README: the main pages, a printed handout, three pages and the event day on
// a 390 px phone and the printed follow-up summary, taken from a built site with a sample plan, so they stay current. Build first (npm run build), then run
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

/**
 * The sample plan as it is after the event (the tests' sample plan stays as it is): day 1 running
 * five minutes late, notes from one session, goals agreed, commitments, a confirmed asset, the
 * next meeting and who came.
 */
function afterTheEvent(sample) {
  const day1 = sample.days[0];
  const items = day1.items.map((item, i) =>
    i === 1
      ? {
          ...item,
          actualMinutes: item.minutes + 5,
          heard: 'Attendance is the concern everyone shares.\nFamilies asked for evening and weekend sessions.',
        }
      : item,
  );
  return {
    ...sample,
    days: [{ ...day1, actualStart: day1.start, items }, ...sample.days.slice(1)],
    invitees: sample.invitees.map((p) => ({ ...p, attended: p.status === 'accepted' })),
    outcomes: {
      goalsAgreed: [
        {
          id: 'goal-tutors',
          who: 'Riverside Unified with the Boys & Girls Club and Riverside College',
          what: 'Trained tutors in our three middle schools',
          howMany: '60 tutors, so 240 students get three sessions a week',
          byWhen: '2027-09-01',
          fromGoal: 'set-goals',
        },
      ],
      commitments: [
        {
          id: 'c-training',
          organization: 'Boys & Girls Club',
          person: 'Marcus Lee',
          inviteeId: 'p2',
          what: 'Host two tutor trainings',
          due: '2027-04-13',
        },
        {
          id: 'c-work-study',
          organization: 'Riverside College',
          person: '李小龍',
          inviteeId: 'p3',
          what: 'Share the list of work-study students who can tutor',
          due: '2027-04-01',
        },
      ],
      assetsConfirmed: [{ id: 'a-sites', kind: 'youth-serving-orgs', text: 'Tutoring space at two club sites' }],
      nextMeeting: { date: '2027-04-15', start: '15:00', end: '16:30', place: 'Riverside City Hall, Room 2' },
      thanks: '',
    },
  };
}

/** Seeds `value` as the saved plan of every page the context opens. */
async function seed(context, value) {
  const envelope = JSON.stringify({
    schemaVersion: value.schemaVersion,
    rev: 1,
    savedAt: new Date().toISOString(),
    plan: value,
  });
  await context.addInitScript((text) => localStorage.setItem('convening-planner:plan', text), envelope);
}

/** Prints the page to a Letter PDF and keeps its first page as a PNG in docs/screenshots. */
async function printFirstPage(page, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(work, `${name}.pdf`);
  await writeFile(pdf, await page.pdf({ format: 'Letter' }));
  await page.emulateMedia({ media: 'screen' });
  // First page only, at a size that reads well in the README.
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(outDir, name)]);
  console.log(`wrote ${join(outDir, `${name}.png`)}`);
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
  await seed(context, plan);
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
    await printFirstPage(page, name);
  }
  await context.close();

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  });
  await seed(phone, plan);
  const phonePage = await phone.newPage();
  for (const [name, path, part] of PHONE_PAGES) {
    await open(phonePage, path);
    if (part) await phonePage.locator(part).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const file = join(outDir, `${name}.png`);
    await phonePage.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  await phone.close();

  // The event day on a phone, at 10:20:30 at the venue (Chicago) on day 1, and the follow-up.
  const eventPhone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  });
  await seed(eventPhone, afterTheEvent(plan));
  await eventPhone.clock.install({ time: new Date('2027-03-13T16:20:30Z') });
  const live = await eventPhone.newPage();
  await live.goto(server.url + 'run/');
  await live.locator('.countdown').waitFor();
  await live.clock.pauseAt(new Date('2027-03-13T16:21:00Z'));
  await live.waitForTimeout(500);
  await live.screenshot({ path: join(outDir, 'run-phone.png') });
  console.log(`wrote ${join(outDir, 'run-phone.png')}`);
  await live.clock.resume();
  await live.goto(server.url + 'follow-up/print/');
  await live.getByRole('heading', { name: 'Goals we agreed' }).waitFor();
  await printFirstPage(live, 'print-follow-up');
  await eventPhone.close();
} finally {
  await browser.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
