/**
 * Choosing goals: the 2–4 advice, picking and un-picking (toolkit and own goals together),
 * priority order and the convener's own goals. Pure functions over `plan.goals`; un-picking a
 * goal never deletes what was filled in for it.
 */
import type { CustomGoal, Goals } from './plan';
import { fail, ok, type Result } from './result';
import { MAX_GOALS, MIN_GOALS } from './steps';

/** Hard limits of the plan schema (see `goalsSchema`), far above the toolkit's advice. */
export const MAX_SELECTED = 20;
export const MAX_CUSTOM = 20;
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 1000;

export type GoalCountStatus = 'none' | 'too-few' | 'ok' | 'too-many';

export interface GoalCountAdvice {
  status: GoalCountStatus;
  /** How many goals are chosen, toolkit and own goals together. */
  count: number;
  /** True when the step counts as done (2 to 4 goals). */
  settled: boolean;
  /** One or two sentences in our words: where the convener stands and what to do. */
  message: string;
}

/** A second goal to suggest next to a single chosen one: building relationships, unless that is the one. */
function secondGoalIdea(selected: readonly string[]): string {
  return selected.includes('build-relationships')
    ? 'aligning on student and community needs'
    : 'building relationships';
}

/**
 * The toolkit's advice for a number of chosen goals, worded for the page and the other steps.
 * Nothing is capped: 5 or more is allowed, it just is not "settled". `selected` (the chosen ids)
 * keeps the one-goal advice from suggesting the goal already chosen.
 */
export function goalCountAdvice(count: number, selected: readonly string[] = []): GoalCountAdvice {
  const why =
    'The toolkit advises two to four goals, to keep the event focused: enough to give the convening a direction, and few enough to do well in one or two days.';
  if (count === 0) {
    return {
      status: 'none',
      count,
      settled: false,
      message: `No goals chosen yet. ${why} Tick at least two, or write your own.`,
    };
  }
  if (count < MIN_GOALS) {
    return {
      status: 'too-few',
      count,
      settled: false,
      message: `1 goal chosen. ${why} With a single goal the group has little to build on from one session to the next: add at least one more, such as ${secondGoalIdea(selected)}.`,
    };
  }
  if (count > MAX_GOALS) {
    return {
      status: 'too-many',
      count,
      settled: false,
      message: `${count} goals chosen. ${why} With more than four, each gets too little time and the event loses focus: untick ${count - MAX_GOALS === 1 ? 'one' : count - MAX_GOALS}, or merge two into one goal of your own. What you filled in for an unticked goal is kept.`,
    };
  }
  return {
    status: 'ok',
    count,
    settled: true,
    message: `${count} goals chosen, within the toolkit's advice of two to four. Their order is your priority.`,
  };
}

/** Whether `id` is chosen. */
export function isChosen(goals: Goals, id: string): boolean {
  return goals.selected.includes(id);
}

/**
 * Picks a goal (added last, the lowest priority) or un-picks it. Un-picking keeps everything
 * filled in for the goal. Fails only at the plan's hard limit of 20 chosen goals.
 */
export function toggleGoal(goals: Goals, id: string): Result<Goals> {
  if (goals.selected.includes(id)) return ok({ ...goals, selected: goals.selected.filter((g) => g !== id) });
  if (goals.selected.length >= MAX_SELECTED) {
    return fail(`A plan can hold at most ${MAX_SELECTED} chosen goals; untick some first.`);
  }
  return ok({ ...goals, selected: [...goals.selected, id] });
}

/** Moves a chosen goal one place up (higher priority) or down; unchanged at either end. */
export function moveGoal(goals: Goals, id: string, direction: 'up' | 'down'): Goals {
  const from = goals.selected.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= goals.selected.length) return goals;
  const selected = [...goals.selected];
  selected[from] = selected[to] as string;
  selected[to] = id;
  return { ...goals, selected };
}

export interface OwnGoalInput {
  title: string;
  description: string;
}

/** Checks an own goal's fields; the error names the field. */
export function validateOwnGoal(input: OwnGoalInput): Result<OwnGoalInput> {
  const title = input.title.trim();
  const description = input.description.trim();
  if (title === '') return fail('Goal title: give your goal a short title, e.g. "Recruit 50 reading tutors".');
  if (title.length > MAX_TITLE) return fail(`Goal title: keep it under ${MAX_TITLE} characters.`);
  if (description.length > MAX_DESCRIPTION) {
    return fail(`Description: keep it under ${MAX_DESCRIPTION} characters (one or two sentences).`);
  }
  return ok({ title, description });
}

/** Adds an own goal and chooses it (it counts toward the 2–4 like the toolkit's goals). */
export function addOwnGoal(goals: Goals, id: string, input: OwnGoalInput): Result<Goals> {
  const valid = validateOwnGoal(input);
  if (!valid.ok) return valid;
  if (goals.custom.length >= MAX_CUSTOM) {
    return fail(`A plan can hold at most ${MAX_CUSTOM} goals of your own; delete one you no longer need first.`);
  }
  if (goals.selected.length >= MAX_SELECTED) {
    return fail(`A plan can hold at most ${MAX_SELECTED} chosen goals; untick some first.`);
  }
  const goal: CustomGoal = { id, ...valid.value };
  return ok({ ...goals, custom: [...goals.custom, goal], selected: [...goals.selected, id] });
}

/** Changes an own goal's title and description; its place in the priority order stays. */
export function editOwnGoal(goals: Goals, id: string, input: OwnGoalInput): Result<Goals> {
  const valid = validateOwnGoal(input);
  if (!valid.ok) return valid;
  if (!goals.custom.some((g) => g.id === id)) return fail('That goal no longer exists.');
  return ok({ ...goals, custom: goals.custom.map((g) => (g.id === id ? { id, ...valid.value } : g)) });
}

/** Deletes an own goal for good (the page asks first), and removes it from the chosen goals. */
export function deleteOwnGoal(goals: Goals, id: string): Goals {
  if (!goals.custom.some((g) => g.id === id)) return goals;
  return {
    ...goals,
    custom: goals.custom.filter((g) => g.id !== id),
    selected: goals.selected.filter((g) => g !== id),
  };
}
