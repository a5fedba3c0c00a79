import { describe, expect, it } from 'vitest';
import {
  addOwnGoal,
  deleteOwnGoal,
  editOwnGoal,
  goalCountAdvice,
  moveGoal,
  toggleGoal,
  validateOwnGoal,
} from '../../src/domain/goal-rules';
import { goalCount, goalsNotSettledNote } from '../../src/domain/goal-count';
import { createPlan, type Goals } from '../../src/domain/plan';
import { stepsDone } from '../../src/domain/steps';

const empty = (): Goals => createPlan().goals;
const withSelected = (...selected: string[]): Goals => ({ ...empty(), selected });

function unwrap(result: { ok: true; value: Goals } | { ok: false; error: string }): Goals {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const WHY =
  'The toolkit advises two to four goals, to keep the event focused: enough to give the convening a direction, and few enough to do well in one or two days.';

describe('the 2–4 advice', () => {
  it('asks for at least two goals when none is chosen', () => {
    expect(goalCountAdvice(0)).toEqual({
      status: 'none',
      count: 0,
      settled: false,
      message: `No goals chosen yet. ${WHY} Tick at least two, or write your own.`,
    });
  });

  it('explains why one goal is too few and what to add', () => {
    expect(goalCountAdvice(1)).toEqual({
      status: 'too-few',
      count: 1,
      settled: false,
      message: `1 goal chosen. ${WHY} With a single goal the group has little to build on from one session to the next: add at least one more, such as building relationships.`,
    });
  });

  it('never suggests the one goal already chosen', () => {
    expect(goalCountAdvice(1, ['align-needs']).message).toMatch(/such as building relationships\.$/);
    expect(goalCountAdvice(1, ['build-relationships']).message).toMatch(
      /add at least one more, such as aligning on student and community needs\.$/,
    );
  });

  it('settles the step at two, three and four goals', () => {
    expect([2, 3, 4].map((n) => goalCountAdvice(n).settled)).toEqual([true, true, true]);
    expect(goalCountAdvice(4)).toEqual({
      status: 'ok',
      count: 4,
      settled: true,
      message: "4 goals chosen, within the toolkit's advice of two to four. Their order is your priority.",
    });
  });

  it('explains why five goals are too many and how many to untick', () => {
    expect(goalCountAdvice(5)).toEqual({
      status: 'too-many',
      count: 5,
      settled: false,
      message: `5 goals chosen. ${WHY} With more than four, each gets too little time and the event loses focus: untick one, or merge two into one goal of your own. What you filled in for an unticked goal is kept.`,
    });
    expect(goalCountAdvice(7).message).toContain('7 goals chosen.');
    expect(goalCountAdvice(7).message).toContain('untick 3, or merge');
  });

  it('counts toolkit and own goals together, and agrees with the step indicator', () => {
    const one = unwrap(addOwnGoal(withSelected('align-needs'), 'own-1', { title: 'Recruit tutors', description: '' }));
    expect(goalCount(one)).toBe(2);
    expect(goalCountAdvice(goalCount(one)).settled).toBe(true);
    const plan = { ...createPlan(), goals: one };
    expect(stepsDone(plan).goals).toBe(true);

    const five = withSelected('build-relationships', 'align-needs', 'identify-assets', 'set-goals', 'own-1');
    expect(goalCountAdvice(goalCount(five)).status).toBe('too-many');
    expect(stepsDone({ ...createPlan(), goals: five }).goals).toBe(false);
  });
});

describe('the note on the other steps', () => {
  it('says how far the goals are from two to four, and nothing once they are settled', () => {
    expect([0, 1, 2, 4, 5].map(goalsNotSettledNote)).toEqual([
      'The event goals are not settled: no goals are chosen yet, and the toolkit advises two to four.',
      'The event goals are not settled: only 1 goal is chosen, and the toolkit advises two to four.',
      null,
      null,
      'The event goals are not settled: 5 goals are chosen, and the toolkit advises two to four.',
    ]);
  });
});

describe('choosing goals', () => {
  it('adds a chosen goal last and removes it when toggled again', () => {
    const two = unwrap(toggleGoal(withSelected('set-goals'), 'align-needs'));
    expect(two.selected).toEqual(['set-goals', 'align-needs']);
    expect(unwrap(toggleGoal(two, 'set-goals')).selected).toEqual(['align-needs']);
  });

  it('allows a fifth goal instead of capping it silently', () => {
    const four = withSelected('a', 'b', 'c', 'd');
    expect(unwrap(toggleGoal(four, 'e')).selected).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps what was filled in for a goal when it is un-chosen', () => {
    const filled: Goals = {
      ...withSelected('align-needs', 'identify-assets'),
      questions: ['caring-adult'],
      dataToBring: ['attendance'],
      assetNotes: { philanthropy: 'Riverside Community Foundation' },
    };
    const after = unwrap(toggleGoal(filled, 'identify-assets'));
    expect(after).toEqual({ ...filled, selected: ['align-needs'] });
  });

  it('refuses a 21st chosen goal with a message, leaving the goals as they were', () => {
    const twenty = withSelected(...Array.from({ length: 20 }, (_, i) => `g${i}`));
    expect(toggleGoal(twenty, 'g20')).toEqual({
      ok: false,
      error: 'A plan can hold at most 20 chosen goals; untick some first.',
    });
  });
});

describe('priority order', () => {
  it('moves a goal up and down by one place', () => {
    const goals = withSelected('a', 'b', 'c');
    expect(moveGoal(goals, 'c', 'up').selected).toEqual(['a', 'c', 'b']);
    expect(moveGoal(goals, 'a', 'down').selected).toEqual(['b', 'a', 'c']);
  });

  it('leaves the order as it is at either end or for a goal not chosen', () => {
    const goals = withSelected('a', 'b');
    expect(moveGoal(goals, 'a', 'up')).toBe(goals);
    expect(moveGoal(goals, 'b', 'down')).toBe(goals);
    expect(moveGoal(goals, 'z', 'up')).toBe(goals);
  });
});

describe('own goals', () => {
  it('adds an own goal with trimmed text and chooses it', () => {
    const goals = unwrap(
      addOwnGoal(withSelected('align-needs'), 'own-1', { title: '  Recruit 50 tutors ', description: ' By June. ' }),
    );
    expect(goals.custom).toEqual([{ id: 'own-1', title: 'Recruit 50 tutors', description: 'By June.' }]);
    expect(goals.selected).toEqual(['align-needs', 'own-1']);
  });

  it('names the field when the title is missing or a field is too long', () => {
    expect(validateOwnGoal({ title: '   ', description: 'x' })).toEqual({
      ok: false,
      error: 'Goal title: give your goal a short title, e.g. "Recruit 50 reading tutors".',
    });
    expect(validateOwnGoal({ title: 'x'.repeat(201), description: '' })).toEqual({
      ok: false,
      error: 'Goal title: keep it under 200 characters.',
    });
    expect(validateOwnGoal({ title: 'Ok', description: 'y'.repeat(1001) })).toEqual({
      ok: false,
      error: 'Description: keep it under 1000 characters (one or two sentences).',
    });
  });

  it('refuses an own goal when 20 goals are already chosen', () => {
    const twenty = withSelected(...Array.from({ length: 20 }, (_, i) => `g${i}`));
    expect(addOwnGoal(twenty, 'own-1', { title: 'One more', description: '' })).toEqual({
      ok: false,
      error: 'A plan can hold at most 20 chosen goals; untick some first.',
    });
  });

  it('refuses a 21st own goal', () => {
    const custom = Array.from({ length: 20 }, (_, i) => ({ id: `own-${i}`, title: `Goal ${i}`, description: '' }));
    expect(addOwnGoal({ ...empty(), custom }, 'own-20', { title: 'One more', description: '' })).toEqual({
      ok: false,
      error: 'A plan can hold at most 20 goals of your own; delete one you no longer need first.',
    });
  });

  it('edits an own goal in place, keeping its priority', () => {
    const start: Goals = {
      ...withSelected('own-1', 'align-needs'),
      custom: [{ id: 'own-1', title: 'Old', description: '' }],
    };
    const edited = unwrap(editOwnGoal(start, 'own-1', { title: 'New title', description: 'New words.' }));
    expect(edited.custom).toEqual([{ id: 'own-1', title: 'New title', description: 'New words.' }]);
    expect(edited.selected).toEqual(['own-1', 'align-needs']);
    expect(editOwnGoal(start, 'own-1', { title: '', description: '' }).ok).toBe(false);
    expect(editOwnGoal(start, 'missing', { title: 'T', description: '' })).toEqual({
      ok: false,
      error: 'That goal no longer exists.',
    });
  });

  it('deletes an own goal from the list and from the chosen goals', () => {
    const start: Goals = {
      ...withSelected('align-needs', 'own-1'),
      custom: [{ id: 'own-1', title: 'Mine', description: '' }],
    };
    expect(deleteOwnGoal(start, 'own-1')).toEqual({ ...start, custom: [], selected: ['align-needs'] });
    expect(deleteOwnGoal(start, 'nope')).toBe(start);
  });
});
