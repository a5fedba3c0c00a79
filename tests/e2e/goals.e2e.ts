import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  launch,
  openContext,
  openPage,
  storedPlan,
  tabTo,
  openStep,
  waitForPlan,
  url,
  waitForSave,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const WHY =
  'The toolkit advises two to four goals, to keep the event focused: enough to give the convening a direction, and few enough to do well in one or two days.';

/** Presses Shift+Tab until `target` has focus (to go back up the page by keyboard). */
async function shiftTabTo(page: Page, target: Locator, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`Shift+Tab never reached ${String(target)}`);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const goalCheckbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

describe('the goals step', () => {
  it('lets a keyboard user choose goals, hear the 2–4 advice, fill in the guidance, reorder, and find it all after a reload', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    // Fail fast at the step that breaks instead of waiting out the whole test.
    page.setDefaultTimeout(10_000);
    const goal = (name: string) => page.getByRole('checkbox', { name, exact: true });
    const advice = page.locator('.goal-advice');
    const stepDone = () => page.locator('[data-step="goals"]').getAttribute('class');

    // Another step says the goals are not settled, and links to the goals page.
    await openStep(page, 'agenda/');
    const note = page.locator('.goals-not-settled');
    await note.waitFor();
    await expect(note.textContent()).resolves.toBe(
      'The event goals are not settled: no goals are chosen yet, and the toolkit advises two to four. Choose the goals',
    );
    await expectNoAxeViolations(page);
    await tabTo(page, note.getByRole('link', { name: 'Choose the goals' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(url('goals/'));
    await goal('Align on Student & Community Needs').waitFor();
    await expect(page.locator('.goals-not-settled').count()).resolves.toBe(0);
    await expect(advice.textContent()).resolves.toBe(
      `No goals chosen yet. ${WHY} Tick at least two, or write your own.`,
    );
    await expectNoAxeViolations(page);

    // One goal: the advice explains why that is too few, and suggests another goal than the one chosen.
    await tabTo(page, goal('Build Relationships & Connections Across the Community of Stakeholders'));
    await page.keyboard.press('Space');
    await expect(advice.textContent()).resolves.toBe(
      `1 goal chosen. ${WHY} With a single goal the group has little to build on from one session to the next: add at least one more, such as aligning on student and community needs.`,
    );
    await expectNoAxeViolations(page);

    // Five goals: allowed, explained, and the step is not done.
    for (const name of [
      'Align on Student & Community Needs',
      'Identify Community Assets & Emerging Opportunities to Collaborate',
      'Set Preliminary Goals',
      'Develop a High-Level Plan',
    ]) {
      await tabTo(page, goal(name));
      await page.keyboard.press('Space');
    }
    await expect(goal('Develop a High-Level Plan').isChecked()).resolves.toBe(true);
    await expect(advice.textContent()).resolves.toBe(
      `5 goals chosen. ${WHY} With more than four, each gets too little time and the event loses focus: untick one, or merge two into one goal of your own. What you filled in for an unticked goal is kept.`,
    );
    await expect(stepDone()).resolves.not.toContain('is-done');
    await expectNoAxeViolations(page);

    await shiftTabTo(page, goal('Build Relationships & Connections Across the Community of Stakeholders'));
    await page.keyboard.press('Space');
    await expect(advice.textContent()).resolves.toBe(
      "4 goals chosen, within the toolkit's advice of two to four. Their order is your priority.",
    );
    await expect(stepDone()).resolves.toContain('is-done');

    // An own goal: an empty title is refused with a message naming the field.
    await tabTo(page, page.getByRole('button', { name: 'Write a goal of your own' }));
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'Goal title' });
    await expect(isFocused(title)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.own-goal-form .field-error').textContent()).resolves.toBe(
      'Goal title: give your goal a short title, e.g. "Recruit 50 reading tutors".',
    );
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
    await page.keyboard.type('Recruit 50 reading tutors');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fifty trained volunteers in our three middle schools by fall.');
    await tabTo(page, page.getByRole('button', { name: 'Add goal' }));
    await page.keyboard.press('Enter');
    await expect(goal('Recruit 50 reading tutors').isChecked()).resolves.toBe(true);
    await expect(advice.textContent()).resolves.toContain('5 goals chosen.');

    // Guidance: data to bring and questions, before any focus area (every question shows).
    await tabTo(page, goal('Attendance data, including chronic absence'));
    await page.keyboard.press('Space');
    const caring = goal(
      'Are there substantial numbers of students who would benefit from an additional caring adult supporting them on a daily or weekly basis?',
    );
    const postsecondary = goal(
      'Are all high school students receiving enough support to make informed postsecondary choices and complete all necessary application and financial aid materials?',
    );
    await tabTo(page, caring);
    await page.keyboard.press('Space');
    await tabTo(page, postsecondary);
    await page.keyboard.press('Space');
    const climate = goal('Are schools in need of additional whole school climate support?');
    await expect(climate.isVisible()).resolves.toBe(true);

    // A focus area filters the questions; a ticked question outside it stays, shown apart.
    await shiftTabTo(page, goal('Tutoring'));
    await page.keyboard.press('Space');
    await expect(climate.count()).resolves.toBe(0);
    await expect(page.locator('#questions-filter').textContent()).resolves.toContain(
      'Showing the general questions and those for: Tutoring.',
    );
    const earlier = page.getByRole('group', { name: 'Ticked earlier, outside your focus areas' });
    await expect(earlier.getByRole('checkbox').count()).resolves.toBe(1);
    await expect(postsecondary.isChecked()).resolves.toBe(true);
    const chronic = goal(
      'Is chronic absence a significant challenge? Is it high among a substantial number of the students whose academic progress was significantly impacted?',
    );
    await tabTo(page, chronic);
    await page.keyboard.press('Space');

    // The asset worksheet, the draft goals and a plan element.
    await tabTo(page, page.getByRole('textbox', { name: 'Youth-serving organizations', exact: true }));
    await page.keyboard.type('YMCA downtown; 4-H club (Ana)');
    await tabTo(page, page.getByRole('textbox', { name: 'Draft starting goals' }));
    await page.keyboard.type('60 tutors in three middle schools by fall');
    await tabTo(page, goal('Aligning on and committing to next steps and priorities'));
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page);

    // Unticking a goal hides its guidance but keeps what was entered.
    await shiftTabTo(page, goal('Develop a High-Level Plan'), 200);
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { name: 'Develop a High-Level Plan' }).count()).resolves.toBe(0);
    await expect(page.locator('.goal-guidance .notice').textContent()).resolves.toBe(
      'What you filled in for High-level plan is kept in your plan. Tick the goal again to see and use it.',
    );

    // Reorder by keyboard: the own goal moves up twice; focus stays on its button.
    const moveUp = page.getByRole('button', { name: 'Move up: Recruit 50 reading tutors' });
    await tabTo(page, moveUp);
    await page.keyboard.press('Enter');
    await expect(isFocused(moveUp)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.goal-choice > p[role="status"]').textContent()).resolves.toBe(
      'Recruit 50 reading tutors moved to priority 2 of 4.',
    );
    const order = () => page.locator('.goal-priority-title').allTextContents();
    const expectedOrder = [
      'Align on Student & Community Needs',
      'Recruit 50 reading tutors',
      'Identify Community Assets & Emerging Opportunities to Collaborate',
      'Set Preliminary Goals',
    ];
    await expect(order()).resolves.toEqual(expectedOrder);
    await expectNoAxeViolations(page);

    await waitForSave(page);
    const saved = (await storedPlan(page)) as { goals: { custom: { id: string }[] } };
    const ownId = saved.goals.custom[0]!.id;
    expect(saved.goals).toEqual({
      selected: ['align-needs', ownId, 'identify-assets', 'set-goals'],
      custom: [
        {
          id: ownId,
          title: 'Recruit 50 reading tutors',
          description: 'Fifty trained volunteers in our three middle schools by fall.',
        },
      ],
      focusAreas: ['tutoring'],
      dataToBring: ['attendance'],
      questions: ['caring-adult', 'postsecondary-support', 'chronic-absence'],
      assetNotes: { 'youth-serving-orgs': 'YMCA downtown; 4-H club (Ana)' },
      draftGoals: '60 tutors in three middle schools by fall',
      planElements: ['next-steps'],
    });

    // After a reload everything is as it was.
    await page.reload();
    await waitForPlan(page);
    await goal('Align on Student & Community Needs').waitFor();
    await expect(order()).resolves.toEqual(expectedOrder);
    await expect(goal('Develop a High-Level Plan').isChecked()).resolves.toBe(false);
    await expect(goal('Recruit 50 reading tutors').isChecked()).resolves.toBe(true);
    await expect(goal('Tutoring').isChecked()).resolves.toBe(true);
    await expect(goal('Attendance data, including chronic absence').isChecked()).resolves.toBe(true);
    await expect(caring.isChecked()).resolves.toBe(true);
    await expect(chronic.isChecked()).resolves.toBe(true);
    await expect(earlier.getByRole('checkbox').isChecked()).resolves.toBe(true);
    await expect(
      page.getByRole('textbox', { name: 'Youth-serving organizations', exact: true }).inputValue(),
    ).resolves.toBe('YMCA downtown; 4-H club (Ana)');
    await expect(page.getByRole('textbox', { name: 'Draft starting goals' }).inputValue()).resolves.toBe(
      '60 tutors in three middle schools by fall',
    );
    await expect(advice.textContent()).resolves.toContain('4 goals chosen');
    await expectNoAxeViolations(page);

    // Settled goals: the other steps no longer show the note.
    await openStep(page, 'agenda/');
    await page.locator('h1').waitFor();
    await page.waitForTimeout(300);
    await expect(page.locator('.goals-not-settled').count()).resolves.toBe(0);
    expect(page.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('lets a keyboard user edit an own goal and delete it after confirming', async () => {
    const context = await openContext(browser);
    const page = await openPage(context);
    page.setDefaultTimeout(10_000);
    await openStep(page, 'goals/');
    const add = page.getByRole('button', { name: 'Write a goal of your own' });
    await add.waitFor();
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Mentor match');
    await page.keyboard.press('Enter');
    // The form closes and focus goes back to the button that opened it.
    await expect(isFocused(add)).resolves.toBe(true);
    await expect(page.locator('.goal-choice > p[role="status"]').textContent()).resolves.toBe(
      'Added your goal "Mentor match" and chose it.',
    );

    const edit = page.getByRole('button', { name: 'Edit: Mentor match' });
    await shiftTabTo(page, edit);
    await page.keyboard.press('Enter');
    await expect(isFocused(page.getByRole('textbox', { name: 'Goal title' }))).resolves.toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    // An emptied title is refused and the saved goal keeps its old title.
    await expect(page.locator('.own-goal-form .field-error').textContent()).resolves.toBe(
      'Goal title: give your goal a short title, e.g. "Recruit 50 reading tutors".',
    );
    await waitForSave(page);
    await expect(storedPlan(page)).resolves.toMatchObject({ goals: { custom: [{ title: 'Mentor match' }] } });
    await page.keyboard.type('Mentor 150 students');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Matched through the Y by spring.');
    await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
    await page.keyboard.press('Enter');
    const edited = page.getByRole('button', { name: 'Edit: Mentor 150 students' });
    await expect(isFocused(edited)).resolves.toBe(true);
    await expect(page.getByText('Matched through the Y by spring.').isVisible()).resolves.toBe(true);

    // Delete asks first; Escape keeps the goal, confirming deletes it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete this goal?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('"Mentor 150 students" and its description will be gone.');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(goalCheckbox(page, 'Mentor 150 students').isChecked()).resolves.toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Delete: Mentor 150 students' }));
    await page.keyboard.press('Enter');
    await expect(isFocused(dialog.getByRole('button', { name: 'Delete goal' }))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(goalCheckbox(page, 'Mentor 150 students').count()).resolves.toBe(0);
    await expect(isFocused(add)).resolves.toBe(true);
    await waitForSave(page);
    await expect(storedPlan(page)).resolves.toMatchObject({ goals: { selected: [], custom: [] } });
    expect(page.errors).toEqual([]);
    await context.close();
  }, 120_000);
});
