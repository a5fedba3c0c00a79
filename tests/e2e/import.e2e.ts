/**
 * Importing a file as contact tools write it: notes above the column names, a category value the
 * planner does not know. Everything after choosing the file is done with the keyboard.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  openStep,
  storedPlan,
  tabTo,
  waitForSave,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const FIXTURE = new URL('../fixtures/csv/notes-above-header.csv', import.meta.url).pathname;

describe('importing a real contact export', () => {
  it('finds the column names under the notes and maps an unknown category, by keyboard', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await openStep(page, 'invitees/');
    const picker = page.getByLabel('Choose a CSV file…');
    await tabTo(page, picker);
    await picker.setInputFiles(FIXTURE);
    const wizard = page.locator('.import-wizard');
    await wizard.getByRole('heading', { name: 'Check the import from the file "notes-above-header.csv"' }).waitFor();

    const headerRow = wizard.getByLabel('The column names are on row');
    await expect(headerRow.inputValue()).resolves.toBe('4');
    await expect(
      wizard.getByText('Rows 1 to 3 are above the column names and are not imported.').count(),
    ).resolves.toBe(1);
    // A row the file does not have is refused with the reason; the import keeps the row it had.
    await tabTo(page, headerRow);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('9');
    await wizard
      .getByText('The file has 8 rows; the column names must be on row 7 or before, with people below.')
      .waitFor();
    await expect(wizard.getByRole('button', { name: 'Import 4 people' }).count()).resolves.toBe(1);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4');

    const library = wizard.getByLabel('“Library” (rows 5 and 8)');
    await expect(library.inputValue()).resolves.toBe('other');
    await expect(wizard.getByLabel('“Community-based organization” (row 6)').inputValue()).resolves.toBe('other');
    await expect(wizard.locator('.import-errors').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await tabTo(page, library);
    await page.keyboard.type('Library and');
    await expect(library.inputValue()).resolves.toBe('library-recreation');

    await tabTo(page, wizard.getByRole('button', { name: 'Import 4 people' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Imported: 4 people added, 0 people updated.' }).waitFor();
    await waitForSave(page);
    const saved = (await storedPlan(page)) as { invitees: { name: string; category: string }[] };
    expect(saved.invitees.map((p) => [p.name, p.category])).toEqual([
      ['Ana Ruiz', 'library-recreation'],
      ['Ben Ode', 'other'],
      ['Cy Park', 'educators'],
      ['Dee Moss', 'library-recreation'],
    ]);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
