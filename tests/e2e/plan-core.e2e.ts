/**
 * The plan core in a real browser: one undo history on every step, naming each change, and
 * plan files that would have corrupted edits (shared ids, impossible dates, version 0) either
 * repaired with a notice or refused with a message, leaving the current plan as it was.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { V3_PERSON } from '../helpers/person';
import { expectNoAxeViolations, launch, openContext, openPage, openStep, waitForPlan, waitForSave } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const undoButton = (page: Page) => page.getByRole('group', { name: 'Undo and redo' }).getByRole('button').first();

/** A plan file as the planner writes it, around `plan`. */
function planFile(name: string, plan: unknown): { name: string; mimeType: string; buffer: Buffer } {
  const text = JSON.stringify({ app: 'convening-planner', schemaVersion: 3, savedAt: '2027-01-01T00:00:00Z', plan });
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function openFile(page: Page, file: ReturnType<typeof planFile>): Promise<void> {
  await page.getByLabel('Open a plan file…').setInputFiles(file);
}

const person = (id: string, name: string) => ({
  ...V3_PERSON,
  id,
  name,
  organization: 'Eastside Schools',
  role: '',
  email: '',
  category: 'youth',
  status: 'invited',
  planningRole: 'none',
  mediaRelease: false,
  notes: '',
});

/** A small valid plan of the current version, with `overrides`. */
function plan(overrides: Record<string, unknown> = {}) {
  const base = createPlan({ now: new Date('2027-01-01T00:00:00Z'), timeZone: 'America/Chicago' });
  return {
    ...base,
    id: 'plan-core',
    event: { ...base.event, title: 'Hostile file test' },
    days: [{ id: 'day-1', date: '2027-04-09', start: '09:00', end: '16:00', actualStart: '', items: [] }],
    ...overrides,
  };
}

describe('the plan core', () => {
  it('names and undoes changes on every step, with the buttons and the keyboard', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page, '');
    await expect(undoButton(page).textContent()).resolves.toBe('Undo');

    // Start page: typing a venue is one step, named.
    await page.getByLabel('Venue', { exact: true }).pressSequentially('Library');
    await expect(undoButton(page).textContent()).resolves.toBe('Undo: change the venue');
    await page.getByRole('heading', { name: 'Event basics' }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Venue', { exact: true }).inputValue()).resolves.toBe('');
    await page.getByRole('status').filter({ hasText: 'Undone: change the venue.' }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByLabel('Venue', { exact: true }).inputValue()).resolves.toBe('Library');
    // A second visit to the field is a step of its own: undo takes back only that visit.
    await page.getByLabel('Venue', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(', Room 2');
    await page.getByRole('heading', { name: 'Event basics' }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Venue', { exact: true }).inputValue()).resolves.toBe('Library');
    await expectNoAxeViolations(page);

    // Goals: ticking a goal, undone with the button.
    await openStep(page, 'goals/');
    await page.getByRole('checkbox', { name: /^Build Relationships/ }).check();
    await expect(undoButton(page).textContent()).resolves.toBe('Undo: choose “Build relationships”');
    await undoButton(page).click();
    await expect(page.getByRole('checkbox', { name: /^Build Relationships/ }).isChecked()).resolves.toBe(false);
    await expectNoAxeViolations(page);

    // Checklist (its own step): a new plan starts with the suggested tasks; deleting one is
    // undone with Ctrl+Z and redone with Ctrl+Y.
    await openStep(page, 'checklist/');
    const venue = page.getByRole('button', { name: 'Delete “Book the venue”', exact: true });
    await venue.click();
    await expect(undoButton(page).textContent()).resolves.toBe('Undo: delete “Book the venue”');
    await page.keyboard.press('Control+z');
    await venue.waitFor();
    await page.keyboard.press('Control+y');
    await expect(undoButton(page).textContent()).resolves.toBe('Undo: delete “Book the venue”');
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('gives people sharing an id their own ids, so editing one leaves the other as it was', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page, '');
    await openFile(page, planFile('twins.json', plan({ invitees: [person('p1', 'Ana'), person('p1', 'Bo')] })));
    const dialog = page.getByRole('dialog', { name: 'Open this plan?' });
    await expect(dialog.textContent()).resolves.toContain(
      'The plan had an entry sharing an id with another (1 person). It was given its own id, so editing or deleting one no longer changes the other.',
    );
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Open this plan' }).click();
    await waitForSave(page);

    await openStep(page, 'invitees/');
    await page.getByRole('button', { name: 'Edit Ana' }).click();
    const form = page.getByRole('form', { name: 'Save Ana' });
    await form.getByLabel('Name').fill('Ana María');
    await form.getByRole('button', { name: 'Save Ana' }).click();
    await page.getByRole('rowheader', { name: 'Ana María', exact: true }).waitFor();
    await expect(page.getByRole('rowheader', { name: 'Bo', exact: true }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Delete Bo' }).click();
    await expect(page.getByRole('rowheader', { name: 'Ana María', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('rowheader', { name: 'Bo', exact: true }).count()).resolves.toBe(0);
    await waitForSave(page);
    await page.reload();
    await waitForPlan(page);
    await expect(page.getByRole('rowheader', { name: 'Ana María', exact: true }).count()).resolves.toBe(1);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('refuses impossible dates and version 0 with their own messages, keeping the plan', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page, '');
    await page.getByLabel('Event title').fill('The plan I keep');
    await waitForSave(page);
    const day = { id: 'day-1', date: '2027-02-30', start: '09:00', end: '16:00', actualStart: '', items: [] };
    await openFile(page, planFile('feb30.json', plan({ days: [day] })));
    await page
      .getByRole('alert')
      .filter({
        hasText:
          '"feb30.json" was not opened. The plan has invalid data: days[0].date: not a real date (YYYY-MM-DD). Your current plan is unchanged.',
      })
      .waitFor();
    await openFile(page, planFile('zero.json', plan({ schemaVersion: 0 })));
    await page
      .getByRole('alert')
      .filter({ hasText: '"zero.json" was not opened. This plan says it is schema version 0' })
      .waitFor();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('The plan I keep');
    await expectNoAxeViolations(page);
    await page.reload();
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('The plan I keep');
    await context.close();
  });

  it('flags a day that ends before it starts as soon as an opened plan loads', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page, '');
    const day = { id: 'day-1', date: '2027-04-09', start: '15:00', end: '09:00', actualStart: '', items: [] };
    await openFile(page, planFile('backwards.json', plan({ days: [day] })));
    await page.getByRole('dialog', { name: 'Open this plan?' }).getByRole('button', { name: 'Open this plan' }).click();
    await page.getByText('Day 1 must end after it starts (15:00).').waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('opens a plan file saved by the first release, its agenda on the agenda page', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page, '');
    const fixture = new URL('../fixtures/plans/v1-saved-by-build.json', import.meta.url);
    await openFile(page, { name: 'v1.json', mimeType: 'application/json', buffer: await readFile(fixture) });
    await page.getByRole('dialog', { name: 'Open this plan?' }).getByRole('button', { name: 'Open this plan' }).click();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Eastside Mentoring Summit — Año 2 “día”');
    await waitForSave(page);
    await openStep(page, 'agenda/');
    await page.getByRole('heading', { name: 'Checks' }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: /^Day \d/ }).allTextContents()).resolves.toEqual([
      'Day 1: Friday, April 9, 2027',
      'Day 2: Saturday, April 10, 2027',
    ]);
    await expect(page.locator('.agenda-list > li').count()).resolves.toBe(18);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
