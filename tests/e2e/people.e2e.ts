import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import { contextWithPlan, expectNoAxeViolations, launch, openPage, openStep, tabTo, waitForSave } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The sample plan with Ana Núñez writing in Spanish, an RSVP date and a contact. */
function plan(): Plan {
  const p = samplePlan(loadContent(), {
    event: { rsvpBy: '2027-02-26', contact: { name: 'Rosa Díaz', email: 'rosa@example.org', phone: '555-0100' } },
  });
  p.invitees = p.invitees.map((person) => (person.id === 'p1' ? { ...person, language: 'es' as const } : person));
  return p;
}

const row = (page: Page, name: string) => page.locator(`tr[data-person="${name}"]`);
/** The "Everyone" row of the RSVP counts: accepted, tentative, declined. */
async function totals(page: Page): Promise<string[]> {
  const cells = page.locator('tr[data-counts="all"] td');
  return [await cells.nth(2).innerText(), await cells.nth(3).innerText(), await cells.nth(4).innerText()];
}

describe('messages, RSVPs, accommodations and logistics', () => {
  it('opens a Spanish invitation in the mail program with the right subject and body for an accented name', async () => {
    const context = await contextWithPlan(browser, plan());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openPage(context);
    await openStep(page, 'messages/');
    await expect(page.getByLabel('Contact name').inputValue()).resolves.toBe('Rosa Díaz');
    await expectNoAxeViolations(page);

    const href = await row(page, 'Ana Núñez')
      .getByRole('link', { name: 'Open in mail to Ana Núñez' })
      .getAttribute('href');
    expect(href).toMatch(/^mailto:p1@example\.org\?subject=[^&#?]*&body=[^&#?]*$/);
    expect(href!.length).toBeLessThanOrEqual(1900);
    expect(href).toContain('N%C3%BA%C3%B1ez');
    const query = new URLSearchParams(href!.slice(href!.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect(query.get('subject')).toBe('Le invitamos: Riverside Student Success Convening');
    const body = query.get('body')!;
    expect(
      body.startsWith(
        'Estimado/a Ana Núñez:\r\n\r\nNos encantaría contar con usted en Riverside Student Success Convening',
      ),
    ).toBe(true);
    expect(body).toContain('\r\nDónde: Riverside Public Library, 100 Main St, Riverside\r\n');
    expect(body).toContain('Por favor, avísenos antes del viernes, 26 de febrero de 2027 si podrá acompañarnos.');
    expect(body).toContain('Si tiene preguntas: Rosa Díaz, rosa@example.org, 555-0100');
    // The toolkit's goals are listed by their Spanish titles in a Spanish message.
    expect(body).toContain('\r\n- Construir relaciones y lazos entre todos los sectores de la comunidad\r\n');
    expect(body).not.toContain('Build relationships');
    expect(body).not.toContain('\n\n\n');

    // English for people without a language; the copy button works from the keyboard.
    const marcus = row(page, 'Marcus Lee');
    const english = new URLSearchParams((await marcus.getByRole('link').getAttribute('href'))!.split('?')[1]);
    expect(english.get('subject')).toBe('You are invited: Riverside Student Success Convening');
    await tabTo(page, marcus.getByRole('button', { name: 'Copy text for Marcus Lee' }));
    await page.keyboard.press('Enter');
    await page.getByText('Message for Marcus Lee copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('You are invited: Riverside Student Success Convening\n\nDear Marcus Lee,')).toBe(true);

    // An edited text is used for everyone in that language; "back to the suggested text" restores it.
    await page.getByLabel('Subject').fill('Come along: {event}');
    const edited = new URLSearchParams((await marcus.getByRole('link').getAttribute('href'))!.split('?')[1]);
    expect(edited.get('subject')).toBe('Come along: Riverside Student Success Convening');
    await page.getByRole('button', { name: 'Back to the suggested text' }).click();
    await expect(page.getByLabel('Subject').inputValue()).resolves.toBe('You are invited: {event}');
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('downloads a mail-merge CSV that reads back with each person’s message in their language', async () => {
    const context = await contextWithPlan(browser, plan());
    const page = await openPage(context);
    await openStep(page, 'messages/');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the mail-merge CSV' }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toBe('riverside-student-success-convening-invitation-mail-merge.csv');
    const text = await readFile((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF"Name","Email","Organization","Category","Language","Subject","Body"\r\n')).toBe(
      true,
    );
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.length).toBe(1 + plan().invitees.length);
    const ana = rows.find((r) => r[0] === 'Ana Núñez')!;
    expect(ana.slice(0, 6)).toEqual([
      'Ana Núñez',
      'p1@example.org',
      'Riverside Unified',
      'District and school leaders',
      'Spanish (Español)',
      'Le invitamos: Riverside Student Success Convening',
    ]);
    expect(ana[6]!.startsWith('Estimado/a Ana Núñez:\r\n')).toBe(true);
    expect(rows.find((r) => r[0] === 'Marcus Lee')![4]).toBe('English');
    await context.close();
  });

  it('updates the counts and the food quantity when an answer changes, and totals the accommodations', async () => {
    const context = await contextWithPlan(browser, plan());
    const page = await openPage(context);
    await openStep(page, 'logistics/');
    await expect(page.locator('#headcount-sentence').innerText()).resolves.toBe(
      '4 accepted + 50% of 1 tentative = 5 expected.',
    );
    await page.getByRole('button', { name: 'Start from the suggested lines' }).click();
    const lunch = page.locator('tr[data-line="food"]').first();
    await expect(lunch.locator('output').innerText()).resolves.toBe('5');
    await lunch.getByLabel(/^Unit cost of/).fill('12.50');
    await expectNoAxeViolations(page);
    await waitForSave(page);

    // A decline turns into an acceptance on the messages page; an invitation gets today's date.
    await openStep(page, 'messages/');
    expect(await totals(page)).toEqual(['4', '1', '1']);
    const declined = row(page, 'Declined Person');
    await declined.getByLabel('Status of Declined Person').selectOption('invited');
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await expect(declined.getByLabel('Invited on, Declined Person').inputValue()).resolves.toBe(today);
    await declined.getByLabel('Status of Declined Person').selectOption('accepted');
    await expect(declined.getByLabel('Answered on, Declined Person').inputValue()).resolves.toBe(today);
    expect(await totals(page)).toEqual(['5', '1', '0']);
    await page.getByLabel('Show').selectOption('reminder');
    await expect(page.locator('#people-count').innerText()).resolves.toBe('0 people need a reminder.');
    await waitForSave(page);

    // Accommodations typed in the invitee form (the fields load when opened).
    await openStep(page, 'invitees/');
    await page.getByRole('button', { name: 'Edit Ana Núñez' }).click();
    const form = page.getByRole('form', { name: 'Save Ana Núñez' });
    await form.getByText('Language, RSVP dates and accommodations').click();
    await form.getByLabel('Interpretation into').fill('Spanish');
    await form.getByLabel('Children needing childcare').fill('2');
    await form.getByLabel('Gets a stipend').check();
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Save Ana Núñez' }).click();
    await waitForSave(page);

    await openStep(page, 'logistics/');
    await expect(page.locator('#headcount-sentence').innerText()).resolves.toBe(
      '5 accepted + 50% of 1 tentative = 6 expected.',
    );
    await expect(lunch.locator('output').innerText()).resolves.toBe('6');
    await expect(page.locator('#budget-total').innerText()).resolves.toBe('$75.00');
    await expect(page.locator('tr[data-line="childcare"] output').innerText()).resolves.toBe('2');
    await expect(page.locator('tr[data-line="interpretation"] output').innerText()).resolves.toBe('1');
    await page.getByText('Interpretation into Spanish: 1 person').waitFor();

    // The print page lists the same budget.
    await page.getByRole('link', { name: 'Print the logistics list' }).click();
    await page.locator('.print-logistics tfoot td').waitFor();
    await expect(page.locator('.print-logistics tfoot td').innerText()).resolves.toBe('$75.00');
    await expectNoAxeViolations(page);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
