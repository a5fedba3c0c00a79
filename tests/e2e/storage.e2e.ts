import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankItem } from '../../src/domain/agenda-edit';
import { createPlan, type Plan } from '../../src/domain/plan';
import { serializePlanFile } from '../../src/domain/restore';
import {
  blockStorage,
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  storedPlan,
  url,
  waitForPlan,
} from './browser';
import { V3_PERSON } from '../helpers/person';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A plan whose every step shows `marker`: a goal, an agenda item, a person and a task. */
function markedPlan(marker: string, date: string): Plan {
  const plan = createPlan({ timeZone: 'America/Chicago' });
  plan.event.title = `${marker} convening`;
  plan.days[0]!.date = date;
  plan.goals.custom = [{ id: `${marker}-goal`, title: `${marker} goal`, description: '' }];
  plan.days[0]!.items = [{ ...blankItem(`${marker}-item`), title: `${marker} opening` }];
  plan.invitees = [
    {
      ...V3_PERSON,
      id: `${marker}-person`,
      name: `${marker} Person`,
      organization: 'Riverside Unified',
      role: '',
      email: 'person@example.org',
      category: 'youth',
      status: 'accepted',
      planningRole: 'none',
      mediaRelease: false,
      notes: '',
    },
  ];
  plan.checklist = [
    {
      id: `${marker}-task`,
      templateId: '',
      title: `${marker} task`,
      detail: '',
      phase: 'after',
      offsetDays: 3,
      owner: '',
      done: true,
    },
  ];
  return plan;
}

function planFile(plan: Plan, name = 'plan.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(serializePlanFile(plan, new Date())) };
}

/** Opens a plan file from the start page as a new plan. */
async function openFile(page: Page, plan: Plan): Promise<void> {
  await page.getByLabel('Open a plan file…').setInputFiles(planFile(plan));
  await page.getByRole('dialog', { name: 'Open this plan?' }).getByRole('button', { name: 'Open this plan' }).click();
  await page.getByText('The plan file was opened.').waitFor();
}

/** Visits every step by its link and checks each shows the plan marked `marker`. */
async function expectEveryStepShows(page: Page, marker: string): Promise<void> {
  const steps = page.getByRole('navigation', { name: 'Planning steps' });
  await steps.getByRole('link', { name: /Goals/ }).click();
  await page.getByText(`${marker} goal`).first().waitFor();
  await steps.getByRole('link', { name: /Agenda/ }).click();
  await page.getByText(`${marker} opening`).first().waitFor();
  await steps.getByRole('link', { name: /Invitees/ }).click();
  await page.getByText(`${marker} Person`).first().waitFor();
  await steps.getByRole('link', { name: /Checklist/ }).click();
  await page.getByText(`${marker} task`).first().waitFor();
  await steps.getByRole('link', { name: /Start/ }).click();
  await waitForPlan(page);
  await expect(page.getByLabel('Event title').inputValue()).resolves.toBe(`${marker} convening`);
  // The page was inert while the saved plan loaded; it is not once it is in.
  await expect(
    page.locator('main').evaluate((main) => [(main as HTMLElement).inert, main.getAttribute('aria-busy')]),
  ).resolves.toEqual([false, null]);
}

describe('several plans in one browser', () => {
  it('keeps two plans, switches, duplicates one for next year, deletes one and brings it back', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await openFile(page, markedPlan('Spring', '2027-03-17'));
    await openFile(page, markedPlan('Fall', '2027-10-06'));
    const list = page.getByRole('region', { name: 'Saved plans' });
    await list.getByText('Spring convening').waitFor();
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Fall convening \(open now\)Wed, Oct 6, 2027 · last changed/),
      expect.stringMatching(/^Spring conveningWed, Mar 17, 2027 · last changed/),
    ]);
    await expectNoAxeViolations(page);
    await expectEveryStepShows(page, 'Fall');

    await list.getByRole('button', { name: 'Open Spring convening' }).click();
    await page.getByText('Opened Spring convening.').waitFor();
    await expectEveryStepShows(page, 'Spring');

    await list.getByRole('button', { name: 'Duplicate for the next event: Spring convening' }).first().click();
    await page.getByText('Made a copy of Spring convening for the next event, and opened it.').waitFor();
    await expect(page.getByLabel('Day 1 date').inputValue()).resolves.toBe('');
    await expect(list.getByRole('listitem').count()).resolves.toBe(3);
    const copy = (await storedPlan(page)) as unknown as Plan;
    expect(copy.id).not.toBe(markedPlan('x', '').id);
    expect({
      title: copy.event.title,
      dates: copy.days.map((d) => d.date),
      statuses: copy.invitees.map((p) => p.status),
      done: copy.checklist.map((t) => t.done),
      items: copy.days[0]!.items.map((i) => i.title),
    }).toEqual({
      title: 'Spring convening',
      dates: [''],
      statuses: ['to-invite'],
      done: [false],
      items: ['Spring opening'],
    });
    await expectEveryStepShows(page, 'Spring');

    await list.getByRole('button', { name: 'Delete Fall convening' }).click();
    const undo = page.getByRole('button', { name: 'Undo delete' });
    await undo.waitFor();
    await expect(list.getByRole('button', { name: 'Open Fall convening' }).count()).resolves.toBe(0);
    await expect(list.getByRole('status').textContent()).resolves.toBe('Deleted Fall convening. Undo delete');
    await expectNoAxeViolations(page);
    await undo.click();
    await page.getByText('Brought back Fall convening.').waitFor();
    await expect(list.getByRole('button', { name: 'Open Fall convening' }).count()).resolves.toBe(1);

    // Deleted plans also wait in a list of their own, across reloads.
    await list.getByRole('button', { name: 'Delete Fall convening' }).click();
    await undo.waitFor();
    await page.reload();
    await waitForPlan(page);
    await page.getByText('Deleted plans (1)').click();
    await expectNoAxeViolations(page);
    await list.getByRole('button', { name: 'Bring back Fall convening' }).click();
    await list.getByRole('button', { name: 'Open Fall convening' }).click();
    await page.getByText('Opened Fall convening.').waitFor();
    await expectEveryStepShows(page, 'Fall');
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('asks before starting a new plan when this browser keeps nothing', async () => {
    const context = await openContext(browser);
    await context.addInitScript(blockStorage);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Event title').fill('The only copy');
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new plan?' });
    await expect(dialog.textContent()).resolves.toContain('This browser keeps nothing, so this plan will be gone:');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('The only copy');
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await dialog.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByText('Started a new plan.').waitFor();
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('');
    await context.close();
  });

  it('keeps a 20,000-person plan opened from a plan file after a reload', async () => {
    const big = markedPlan('Big', '2027-05-01');
    big.invitees = Array.from({ length: 20_000 }, (_, i) => ({
      ...V3_PERSON,
      id: `p${i}`,
      name: `Person ${i} García-Okafor`,
      organization: `Organisation ${i % 400} for student success`,
      role: 'Coordinator',
      email: `person${i}@example.org`,
      category: 'youth',
      status: 'invited' as const,
      planningRole: 'none' as const,
      mediaRelease: i % 2 === 0,
      notes: `Met at the spring fair; follow up about tutoring and mentoring for cohort ${i % 12}. `.repeat(2),
    }));
    const file = planFile(big, 'big-plan.json');
    expect(file.buffer.length).toBeGreaterThan(6 * 1024 * 1024);
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Open a plan file…').setInputFiles(file);
    await page.getByRole('dialog', { name: 'Open this plan?' }).getByRole('button', { name: 'Open this plan' }).click();
    await page.getByText('The plan file was opened.').waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' }).waitFor();
    await page.reload();
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Big convening');
    const stored = (await storedPlan(page)) as unknown as Plan;
    expect(stored.invitees.length).toBe(20_000);
    expect(stored.invitees[19_999]).toEqual(big.invitees[19_999]);
    await page.goto(url('invitees/'));
    await waitForPlan(page);
    await page.getByRole('heading', { name: 'Your list (20000)' }).waitFor();
    expect(page.errors).toEqual([]);
    await context.close();
  });
});

describe('an edit typed right before the tab closes', () => {
  for (const copy of ['with', 'without']) {
    it(`is written to IndexedDB from pagehide, ${copy} the localStorage copy to fall back on`, async () => {
      const context = await openContext(browser);
      if (copy === 'without') {
        await context.addInitScript(() => {
          const original = Storage.prototype.setItem;
          Storage.prototype.setItem = function setItem(key: string, value: string) {
            if (key === 'convening-planner:unsaved') throw new DOMException('blocked in this test', 'SecurityError');
            original.call(this, key, value);
          };
        });
      }
      const page = await openPage(context);
      await page.goto(url(''));
      await waitForPlan(page);
      await page.getByLabel('Event title').fill('Typed and closed at once');
      // No wait for the debounced save: leaving the page must start the write.
      await page.close({ runBeforeUnload: true });
      const again = await openPage(context);
      await again.goto(url(''));
      await waitForPlan(again);
      await expect(again.getByLabel('Event title').inputValue()).resolves.toBe('Typed and closed at once');
      await context.close();
    });
  }

  it('survives navigating away at once', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    await page.goto(url(''));
    await waitForPlan(page);
    await page.getByLabel('Event title').fill('Typed, then went elsewhere');
    await page.goto('about:blank');
    await page.goto(url('goals/'));
    await waitForPlan(page);
    await page.goto(url(''));
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Typed, then went elsewhere');
    await context.close();
  });
});

/** An init script making IndexedDB refuse to store the edit with a DOMException named `name`. */
function putsThrow(name: string) {
  return (context: BrowserContext) =>
    context.addInitScript((errorName: string) => {
      const original = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put(value: unknown, key?: IDBValidKey) {
        if (typeof value === 'string' && value.includes('Unsaved')) throw new DOMException('Refused.', errorName);
        return original.call(this, value, key);
      };
    }, name);
}

/** Init scripts that put the browser's storage in each state where edits cannot be saved. */
const STATES: Record<string, { setup: (context: BrowserContext) => Promise<unknown>; banner: string }> = {
  'storage is blocked': {
    banner: 'Nothing is being saved.',
    setup: (context) => context.addInitScript(blockStorage),
  },
  'storage is full': { banner: "The browser's storage is full", setup: putsThrow('QuotaExceededError') },
  'a save fails': { banner: 'Saving failed:', setup: putsThrow('UnknownError') },
};

/** Types on the start page, leaves by the Goals link and comes back by the Start link. */
async function expectEditSurvivesStepLinks(page: Page & { errors: string[] }, banner: string): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.getByLabel('Event title').fill('Unsaved edit');
  await page.getByText(banner).first().waitFor();
  await expectNoAxeViolations(page);
  const steps = page.getByRole('navigation', { name: 'Planning steps' });
  await steps.getByRole('link', { name: /Goals/ }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /goal/i }).waitFor();
  await page.getByText(banner).first().waitFor();
  await steps.getByRole('link', { name: /Start/ }).click();
  await waitForPlan(page);
  await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Unsaved edit');
  await page.getByText(banner).first().waitFor();
  expect(dialogs).toEqual([]);
}

describe('edits that cannot be saved are not lost between pages', () => {
  for (const [state, { setup, banner }] of Object.entries(STATES)) {
    it(`keeps them across step links when ${state}, and asks before the tab is closed`, async () => {
      const context = await openContext(browser);
      await setup(context);
      const page = await openPage(context);
      await page.goto(url(''));
      await waitForPlan(page);
      await expectEditSurvivesStepLinks(page, banner);
      const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => resolve(dialog.type())));
      await page.getByLabel('Venue', { exact: true }).click();
      await page.keyboard.type('x');
      await page.close({ runBeforeUnload: true });
      await expect(asked).resolves.toBe('beforeunload');
      await context.close();
    });
  }

  it('keeps them across step links when another tab saved the same plan (a conflict)', async () => {
    const context = await openContext(browser);
    const other = await openPage(context);
    await other.goto(url(''));
    await waitForPlan(other);
    await other.getByLabel('Event title').fill('Shared plan');
    await other.getByRole('status').filter({ hasText: 'All changes saved in this browser.' }).waitFor();
    const page = await openPage(context);
    // This tab hears nothing from the other one, so it finds the conflict when it saves.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
    await page.goto(url(''));
    await waitForPlan(page);
    await expect(page.getByLabel('Event title').inputValue()).resolves.toBe('Shared plan');
    await other.getByLabel('Event title').fill('Saved by the other tab');
    await other.getByRole('status').filter({ hasText: 'All changes saved in this browser.' }).waitFor();
    await expectEditSurvivesStepLinks(page, 'This plan was changed in another tab or window.');
    await page.getByRole('button', { name: "Keep this tab's version" }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' }).waitFor();
    await expect(storedPlan(page)).resolves.toMatchObject({ event: { title: 'Unsaved edit' } });
    await context.close();
  });
});
