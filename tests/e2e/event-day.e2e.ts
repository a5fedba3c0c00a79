import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatClock, timeToMinutes } from '../../src/domain/agenda-times';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import {
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  openStep,
  storedPlan,
  tabTo,
  url,
  waitForPlan,
} from './browser';

const plan: Plan = samplePlan(loadContent());
const STEM = 'riverside-student-success-convening';
/** Day 1 at the venue in Chicago (CST, UTC−6): 10:00 is 16:00 UTC. */
const at = (utc: string) => new Date(`2027-03-13T${utc}Z`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A 390 px phone in Tokyo (already the 14th there when Chicago's day 1 starts) with the Chicago sample plan saved. */
async function phoneInTokyo(seed: Plan = plan): Promise<BrowserContext> {
  const context = await openContext(browser, {
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  });
  const envelope = JSON.stringify({
    schemaVersion: seed.schemaVersion,
    rev: 1,
    savedAt: '2027-03-01T12:00:00.000Z',
    plan: seed,
  });
  await context.addInitScript((value: string) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('convening-planner:plan', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, envelope);
  return context;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
/** The actual and planned times the list shows for every item of the day, in order. */
const rowTimes = (page: Page) => page.locator('.live-agenda li .live-times').allInnerTexts();
const nowTitle = (page: Page) => text(page, '.now-title');
const countdown = (page: Page) => text(page, '.countdown [role="timer"]');

/** axe-core waits on timers: the clock runs while it checks (the next `pauseAt` stops it again). */
async function axeWhileClockRuns(page: Page): Promise<void> {
  await page.clock.resume();
  await expectNoAxeViolations(page);
}

/** Waits until the page shows `title` as the item on now. */
async function waitForNow(page: Page, title: string): Promise<void> {
  await page.locator('.now-title', { hasText: title }).waitFor();
}

describe('the event day, live on a phone', () => {
  it('runs day 1 with a fake clock: sessions change on time, +5 min moves every later start, notes survive a reload, and the follow-up package reads back', async () => {
    const context = await phoneInTokyo();
    const page = await openPage(context);
    await page.clock.install({ time: at('15:50:00') });
    await openStep(page, 'run/');

    // Before the day: the venue's date picks day 1, although it is already the 14th in Tokyo.
    await page.clock.pauseAt(at('15:55:00'));
    await page.getByText('The day starts at 10:00 AM').waitFor();
    await expect(text(page, '.big-time')).resolves.toBe('9:55 AM');
    await expect(page.getByRole('button', { name: /^Day 1/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(countdown(page)).resolves.toBe('5:00');
    await expect(text(page, '.next-title')).resolves.toBe('Welcome');
    await axeWhileClockRuns(page);

    // 10:00 sharp: the first session, with a countdown to its end.
    await page.clock.pauseAt(at('16:00:00'));
    await waitForNow(page, 'Welcome');
    await expect(countdown(page)).resolves.toBe('15:00');
    await page.clock.pauseAt(at('16:14:59'));
    await page.locator('.countdown', { hasText: '0:01' }).waitFor();
    await expect(nowTitle(page)).resolves.toBe('Welcome');
    await page.clock.pauseAt(at('16:15:00'));
    await waitForNow(page, 'Review Goals for the Convening');
    await expect(page.locator('[aria-live="polite"]').innerText()).resolves.toBe(
      'Now: Review Goals for the Convening.',
    );
    await expect(page.locator('[aria-current="step"] .live-title').innerText()).resolves.toMatch(
      /^Review Goals for the Convening/,
    );

    // While the clock runs, only the countdown changes: nothing else re-renders every second.
    await page.evaluate(() => {
      const w = window as unknown as { __changed: string[] };
      w.__changed = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target instanceof Element ? r.target : r.target.parentElement;
          w.__changed.push(el?.closest('.countdown') ? 'countdown' : (el?.className ?? el?.tagName ?? '?'));
        }
      }).observe(document.getElementById('main')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await page.clock.runFor(3000);
    // The fake clock fires a tick at the end of a run a moment late; the countdown has moved on.
    await expect.poll(() => countdown(page)).toMatch(/^9:5[7-9]$/);
    const changed = await page.evaluate(() => (window as unknown as { __changed: string[] }).__changed);
    expect(new Set(changed)).toEqual(new Set(['countdown']));
    expect(changed.length).toBeLessThanOrEqual(3 * 2);

    // "+5 min" from the keyboard: the session ends 5 minutes later and every later start moves by 5.
    const before = await rowTimes(page);
    await tabTo(page, page.getByRole('button', { name: '+5 min' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: '“Review Goals for the Convening” now ends at 10:30 AM.' })
      .waitFor();
    const after = await rowTimes(page);
    const items = plan.days[0]!.items;
    let start = timeToMinutes('10:00');
    const expected = items.map((item, i) => {
      const range = (a: number, b: number) => `${formatClock(a)} – ${formatClock(b)}`;
      const planned = range(start, start + item.minutes);
      const row =
        i === 0
          ? planned
          : i === 1
            ? `${range(start, start + item.minutes + 5)} (planned ${planned})`
            : `${range(start + 5, start + item.minutes + 5)} (planned ${planned})`;
      start += item.minutes;
      return row;
    });
    expect(after).toEqual(expected);
    expect(before[2]).toBe('10:25 AM – 11:25 AM');
    expect(after[2]).toBe('10:30 AM – 11:30 AM (planned 10:25 AM – 11:25 AM)');
    await expect(countdown(page)).resolves.toMatch(/^14:5\d$/);
    await axeWhileClockRuns(page);

    // Notes typed on the phone are kept in the plan and survive a reload.
    await page.getByLabel('Notes on “Review Goals for the Convening”').fill('Attendance is the top concern.');
    await page.clock.resume();
    await expect
      .poll(async () => ((await storedPlan(page)) as Plan | null)?.days[0]?.items[1]?.heard)
      .toBe('Attendance is the top concern.');
    await page.reload();
    await waitForPlan(page);
    await page.clock.pauseAt(at('16:20:30'));
    await waitForNow(page, 'Review Goals for the Convening');
    await expect(page.getByLabel('Notes on “Review Goals for the Convening”').inputValue()).resolves.toBe(
      'Attendance is the top concern.',
    );
    await expect(rowTimes(page)).resolves.toEqual(expected);

    // "Start next now": the next session starts at the current minute, the rest follows.
    await tabTo(page, page.getByRole('button', { name: 'Start next now' }));
    await page.keyboard.press('Space');
    await waitForNow(page, 'Introductions');
    await expect(page.locator('[aria-live="polite"]').innerText()).resolves.toMatch(/^Now: Introductions/);
    const [, review, intro] = await rowTimes(page);
    expect([review, intro]).toEqual([
      '10:15 AM – 10:20 AM (planned 10:15 AM – 10:25 AM)',
      '10:20 AM – 11:20 AM (planned 10:25 AM – 11:25 AM)',
    ]);
    // "−5 min": the session on now ends 5 minutes sooner, and so does everything after it.
    await page.getByRole('button', { name: '−5 min' }).click();
    await page.getByRole('status').filter({ hasText: 'now ends at 11:15 AM.' }).waitFor();
    await expect(rowTimes(page).then((rows) => rows[3])).resolves.toBe(
      '11:15 AM – 11:35 AM (planned 11:25 AM – 11:45 AM)',
    );

    // Later on, the sessions change at their new times; after the last one the day is over.
    await page.clock.pauseAt(at('17:15:00'));
    await waitForNow(page, 'Norm Setting');
    await page.clock.pauseAt(at('21:20:00'));
    await page.getByRole('heading', { name: 'The day’s agenda is over' }).waitFor();
    await expect(page.locator('[aria-live="polite"]').innerText()).resolves.toBe('The day’s agenda is over.');
    await axeWhileClockRuns(page);

    // The other day is a tap away; its buttons wait for its own date.
    await page.getByRole('button', { name: /^Day 2/ }).click();
    await page.getByRole('heading', { name: 'Day 2 · Sunday, March 14, 2027' }).waitFor();
    await expect(page.getByRole('button', { name: '+5 min' }).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.getByRole('button', { name: '+5 min' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'These buttons work on the day itself.' }).waitFor();
    await axeWhileClockRuns(page);

    // Afterwards: the notes are on the follow-up page, and the package downloads and reads back.
    await page.clock.resume();
    await openStep(page, 'follow-up/');
    await expect(page.getByLabel('10:15 AM · Review Goals for the Convening').inputValue()).resolves.toBe(
      'Attendance is the top concern.',
    );
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/^commitments-.*-organization$/);
    await page.getByLabel('Person', { exact: true }).fill('Marcus Lee');
    await expect(page.getByLabel('Organization').inputValue()).resolves.toBe('Boys & Girls Club');
    await page.getByLabel('What they will do').fill('Host two tutor trainings');
    await page.getByLabel('By when').last().fill('2027-04-13');
    await page.getByLabel('Date', { exact: true }).fill('2027-04-15');
    await page.getByLabel('Starts').fill('15:00');
    await page.getByLabel('Ends').fill('16:30');
    await page.getByLabel('Place').fill('City Hall');
    await page.getByRole('checkbox', { name: /^Marcus Lee/ }).check();
    await expectNoAxeViolations(page);

    const docx = await download(page, 'Summary (.docx)');
    expect(docx.name).toBe(`${STEM}-follow-up.docx`);
    const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
    for (const part of ['Attendance is the top concern.', 'Host two tutor trainings — by Tuesday, April 13, 2027']) {
      expect(xml).toContain(part);
    }
    const md = (await download(page, 'Summary (Markdown)')).bytes.toString('utf8');
    expect(md).toContain(
      '### Boys & Girls Club\n\n- **Marcus Lee**: Host two tutor trainings — by Tuesday, April 13, 2027',
    );
    const csv = Papa.parse<string[]>(
      (await download(page, 'Commitments (CSV)')).bytes.toString('utf8').replace(/^\uFEFF/, ''),
      {
        skipEmptyLines: true,
      },
    ).data;
    expect(csv).toEqual([
      ['Organization', 'Person', 'Email', 'Commitment', 'Due date'],
      ['Boys & Girls Club', 'Marcus Lee', 'p2@example.org', 'Host two tutor trainings', '2027-04-13'],
    ]);
    const ics = new ICAL.Component(
      ICAL.parse((await download(page, 'Next meeting and due dates (.ics)')).bytes.toString('utf8')),
    );
    expect(
      ics
        .getAllSubcomponents('vevent')
        .map((e) => [
          String(e.getFirstPropertyValue('summary')),
          (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
          (e.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
        ]),
    ).toEqual([
      ['Next meeting: Riverside Student Success Convening', '2027-04-15T20:00:00Z', '2027-04-15T21:30:00Z'],
      ['Due: Host two tutor trainings (Marcus Lee, Boys & Girls Club)', '2027-04-13', '2027-04-14'],
    ]);
    const thanks = (await download(page, 'Thank-you list (CSV)')).bytes.toString('utf8');
    expect(thanks).toBe(
      '\uFEFF"Name","Organization","Role","Email"\r\n"Marcus Lee","Boys & Girls Club","","p2@example.org"\r\n',
    );
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('keeps the screen on while the page is open, and asks again when the page shows after being hidden', async () => {
    const context = await phoneInTokyo();
    await context.addInitScript(() => {
      const w = window as unknown as { __wake: { requests: number; held: EventTarget[] } };
      w.__wake = { requests: 0, held: [] };
      Object.defineProperty(navigator, 'wakeLock', {
        value: {
          request: async () => {
            w.__wake.requests += 1;
            const sentinel = Object.assign(new EventTarget(), {
              release: async () => void sentinel.dispatchEvent(new Event('release')),
            });
            w.__wake.held.push(sentinel);
            return sentinel;
          },
        },
      });
    });
    const page = await openPage(context);
    await page.clock.install({ time: at('16:05:00') });
    await openStep(page, 'run/');
    await page.getByText('The screen stays on while this page is open.').waitFor();
    const requests = () => page.evaluate(() => (window as unknown as { __wake: { requests: number } }).__wake.requests);
    await expect(requests()).resolves.toBe(1);
    // The browser lets go of the lock when the page is hidden; when it shows again, the page asks again.
    await page.evaluate(() => {
      const { held } = (window as unknown as { __wake: { held: { release(): Promise<void> }[] } }).__wake;
      void held.at(-1)!.release();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(requests).toBe(2);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('shows an empty plan on both pages with nothing to run or send, and no axe violations', async () => {
    const context = await openContext(browser, { viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Tokyo' });
    const page = await openPage(context);
    await openStep(page, 'run/');
    await page.getByText('Day 1 has no agenda items yet.').waitFor();
    await expect(page.getByRole('link', { name: 'Build the agenda' }).getAttribute('href')).resolves.toBe(
      new URL(url('agenda/')).pathname,
    );
    await expectNoAxeViolations(page);
    await openStep(page, 'follow-up/');
    await page.getByText('The agenda has no sessions yet.').waitFor();
    await page.getByText('The invitee list is empty, so there is no one to mark.').waitFor();
    await page.getByRole('button', { name: 'Summary (Markdown)' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText:
          'No file was made. Nothing has been captured yet: add goals agreed, commitments, notes or the next meeting first.',
      })
      .waitFor();
    await expectNoAxeViolations(page);
    await openStep(page, 'follow-up/print/');
    await page.getByText('Nothing has been captured yet.').waitFor();
    await expectNoAxeViolations(page);
    // Nothing fits sideways off a 320 px phone.
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ['run/', 'follow-up/']) {
      await openStep(page, path);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    }
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
