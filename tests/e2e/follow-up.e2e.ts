import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invitee, Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { V3_PERSON } from '../helpers/person';
import { samplePlan } from '../helpers/sample-plan';
import {
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  openStep,
  tabTo,
  waitForPlan,
  waitForSave,
} from './browser';

/** 300 more people than the sample's six, so attendance has to be searched. */
function guests(): Invitee[] {
  return Array.from({ length: 300 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return {
      id: `g${n}`,
      name: `Guest ${n}`,
      organization: `Partner ${n}`,
      role: '',
      email: `guest${n}@example.org`,
      category: 'youth-serving-orgs',
      status: 'accepted',
      planningRole: 'none',
      mediaRelease: false,
      notes: '',
      ...V3_PERSON,
    };
  });
}

const base = samplePlan(loadContent());
const plan: Plan = {
  ...base,
  goals: { ...base.goals, draftGoals: '- 60 tutors in three middle schools by fall\n- Mentors for 150 students' },
  invitees: [...base.invitees, ...guests()],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function seeded(): Promise<BrowserContext> {
  const context = await openContext(browser, { timezoneId: 'Asia/Tokyo' });
  const envelope = JSON.stringify({ schemaVersion: 3, rev: 1, savedAt: '2027-03-15T12:00:00.000Z', plan });
  await context.addInitScript((value: string) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('convening-planner:plan', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, envelope);
  return context;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('the follow-up page', () => {
  it('captures goals, assets, commitments, the meeting and attendance of hundreds by keyboard, and sends the package', async () => {
    const context = await seeded();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openPage(context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await openStep(page, 'follow-up/');
    await page.getByRole('heading', { name: 'Goals agreed' }).waitFor();
    // The package's builders, the .docx writer and the calendar code load with the first click.
    expect(
      requested.filter((u) => /follow-up-(files|docx|calendar|text)|EmailText|agenda-docx|\/calendar\./.test(u)),
    ).toEqual([]);
    await expectNoAxeViolations(page);

    // A draft goal as the starting point: the new goal's "What" has it, and the cursor is there.
    await tabTo(
      page,
      page.getByRole('button', { name: 'Start from the draft “60 tutors in three middle schools by fall”' }),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/^goalsAgreed-.*-what$/);
    await expect(page.getByLabel('What', { exact: true }).inputValue()).resolves.toBe(
      '60 tutors in three middle schools by fall',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('Riverside Unified and the Boys & Girls Club');
    await page.keyboard.press('Tab');
    await page.keyboard.type('60 tutors');
    await page.getByLabel('By when').first().fill('2027-09-01');
    await page.getByLabel('Event goal it grew from').selectOption({ label: 'Set Preliminary Goals' });
    // An event goal as the starting point, then deleted again: focus goes back to the add button.
    await page.getByRole('button', { name: 'Start a goal under “Build relationships”' }).click();
    await expect(page.getByLabel('Event goal it grew from').nth(1).inputValue()).resolves.toBe('build-relationships');
    await page.getByRole('button', { name: 'Delete goal 2' }).click();
    await expect.poll(() => focusedId(page)).toBe('goalsAgreed-add');

    // An asset from the worksheet.
    await page.getByRole('button', { name: /^Confirm Youth-serving organizations/ }).click();
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe('youth-serving-orgs');
    await expect(page.getByLabel('What was confirmed').inputValue()).resolves.toBe(
      'Boys & Girls Club runs after-school tutoring at two sites.',
    );

    // Commitments: a person from the list of 306 (their organisation fills in), and one typed.
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Person', { exact: true }).fill('Guest 007');
    await expect(page.getByLabel('Organization').inputValue()).resolves.toBe('Partner 007');
    await page.getByLabel('What they will do').fill('Host a tutor training');
    await page.getByLabel('By when').nth(1).fill('2027-04-13');
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Organization').nth(1).fill('Riverside Library');
    await page.getByLabel('Person', { exact: true }).nth(1).fill('Jo Park');
    await page.getByLabel('What they will do').nth(1).fill('Open study rooms after school');

    await page.getByLabel('Date', { exact: true }).fill('2027-04-15');
    await page.getByLabel('Starts').fill('15:00');
    await page.getByLabel('Ends').fill('14:00');
    await page.getByText('The meeting ends before it starts.').waitFor();
    await page.getByLabel('Ends').fill('16:30');
    await page.getByLabel('Place').fill('City Hall');

    // Attendance for hundreds: 50 at a time, a search, and marking what was found.
    await page.getByText('of 306 people marked as attended.').waitFor();
    const ticks = page.locator('ul.attendance input[type="checkbox"]');
    await expect(ticks.count()).resolves.toBe(50);
    await page.getByRole('button', { name: 'Show 50 more of 256' }).click();
    await expect(ticks.count()).resolves.toBe(100);
    await expect.poll(() => focusedId(page)).toBe('came-g045');
    await page.getByLabel('Find people').fill('guest 150');
    await status(page, '1 person found.');
    await page.getByRole('button', { name: 'Mark the 1 person found as attended' }).click();
    await page.getByLabel('Find people').fill('núñez');
    await page.getByRole('checkbox', { name: /^Ana Núñez/ }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Find people').fill('');
    await expect(page.locator('p', { hasText: 'marked as attended.' }).innerText()).resolves.toBe(
      '2 of 306 people marked as attended.',
    );
    await expectNoAxeViolations(page);

    // The email: a mail link with subject and body, and a copy that lands on the clipboard.
    await page.getByRole('button', { name: 'Write the email text' }).click();
    const body = page.getByLabel('Email text');
    await body.waitFor();
    const text = await body.inputValue();
    expect(text).toContain('GOALS WE AGREED\n1. 60 tutors in three middle schools by fall\n   Who: Riverside Unified');
    expect(text).toContain('Partner 007\n- Guest 007: Host a tutor training (by Tuesday, April 13, 2027)');
    const mailto = new URL((await page.getByRole('link', { name: 'Open in your mail program' }).getAttribute('href'))!);
    expect(mailto.searchParams.get('subject')).toBe('Follow-up: Riverside Student Success Convening');
    expect(mailto.searchParams.get('body')).toBe(text.replace(/\n/g, '\r\n'));
    await page.getByRole('button', { name: 'Copy the email text' }).click();
    await status(page, 'Copied the email text.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(text);
    await expectNoAxeViolations(page);

    // Commitments become checklist tasks once, however often it is done.
    await page.getByRole('button', { name: 'Add the commitments to the checklist', exact: true }).click();
    await status(page, 'Added 2 tasks to the checklist.');
    await page.getByRole('button', { name: 'Add the commitments to the checklist', exact: true }).click();
    await status(page, 'The checklist already has every commitment.');
    await waitForSave(page);

    // Everything is still there after a reload.
    await page.reload();
    await waitForPlan(page);
    await expect(page.getByLabel('Who', { exact: true }).inputValue()).resolves.toBe(
      'Riverside Unified and the Boys & Girls Club',
    );
    await expect(page.getByLabel('Person', { exact: true }).nth(1).inputValue()).resolves.toBe('Jo Park');
    await expect(page.getByLabel('Place').inputValue()).resolves.toBe('City Hall');

    await openStep(page, 'checklist/');
    const task = page.getByRole('listitem').filter({ hasText: 'Host a tutor training' });
    await expect(task.locator('.task-when time').getAttribute('datetime')).resolves.toBe('2027-04-13');
    await expect(page.getByLabel('Owner of “Host a tutor training”').inputValue()).resolves.toBe('Guest 007');
    await expect(page.getByRole('checkbox', { name: 'Open study rooms after school' }).count()).resolves.toBe(1);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('prints the summary: goals, commitments by organisation, what was heard, next meeting and thanks', async () => {
    const context = await seeded();
    const page = await openPage(context);
    await openStep(page, 'follow-up/');
    await page.getByLabel('10:15 AM · Review Goals for the Convening').fill('Families want evening sessions.');
    await page.getByRole('button', { name: 'Add a goal agreed' }).click();
    await page.getByLabel('What', { exact: true }).fill('Recruit 60 tutors');
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Person', { exact: true }).fill('Marcus Lee');
    await page.getByLabel('What they will do').fill('Host two tutor trainings');
    await page.getByLabel('Words of thanks for the summary').fill('Thank you, Riverside!');
    await waitForSave(page);
    await page.getByRole('link', { name: 'Print the summary' }).click();
    await waitForPlan(page);
    await page.getByRole('heading', { name: 'Goals we agreed' }).waitFor();
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual([
      'Goals we agreed',
      'Who does what next',
      'What we heard',
      'Thank you',
    ]);
    await page.getByRole('heading', { name: 'Boys & Girls Club' }).waitFor();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'Letter' });
    const dir = await mkdtemp(join(tmpdir(), 'follow-up-'));
    await writeFile(join(dir, 'summary.pdf'), pdf);
    const printed = execFileSync('pdftotext', ['-layout', join(dir, 'summary.pdf'), '-'], { encoding: 'utf8' });
    for (const part of [
      'FOLLOW-UP SUMMARY',
      'Recruit 60 tutors',
      'Marcus Lee: Host two tutor trainings',
      'Families want evening sessions.',
      'Thank you, Riverside!',
    ]) {
      expect(printed).toContain(part);
    }
    expect(printed).not.toContain('Print this page');
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
