/**
 * Goals step actions. Each applies a pure rule from src/domain to `plan.goals`; saving follows
 * from the plan store. Actions that can fail return the error for the page to show, and leave
 * the plan untouched.
 */
import { computed } from 'nanostores';
import {
  addOwnGoal,
  deleteOwnGoal,
  editOwnGoal,
  goalCountAdvice,
  moveGoal,
  toggleGoal,
  type OwnGoalInput,
} from '../domain/goal-rules';
import { setAssetNote, setDraftGoals, toggleTick, type TickList } from '../domain/goal-guidance';
import { newId, type Goals } from '../domain/plan';
import { ok, type Result } from '../domain/result';
import { $goalCount, $goals } from './goals-chosen';
import { $plan, updatePart } from './plan';

export { $goals } from './goals-chosen';

/** The 2–4 advice for the current number of chosen goals. */
export const $goalAdvice = computed([$goalCount, $goals], (count, goals) => goalCountAdvice(count, goals.selected));

function changeGoals(label: string, change: (goals: Goals) => Goals, group: string | null = null): void {
  updatePart('goals', label, change, group);
}

function tryChangeGoals(label: string, change: (goals: Goals) => Result<Goals>): Result<Goals> {
  const result = change($plan.get().goals);
  if (result.ok) changeGoals(label, () => result.value);
  return result;
}

/** A goal's name for undo labels: the title the page passes (toolkit goals) or the own goal's. */
function goalName(id: string, title?: string): string {
  return `“${title ?? $plan.get().goals.custom.find((g) => g.id === id)?.title ?? id}”`;
}

/** Chooses a goal (toolkit or own) or un-chooses it; what was filled in for it is kept. */
export function toggleGoalChoice(id: string, title?: string): Result<Goals> {
  const chosen = $plan.get().goals.selected.includes(id);
  return tryChangeGoals(`${chosen ? 'unchoose' : 'choose'} ${goalName(id, title)}`, (goals) => toggleGoal(goals, id));
}

/** Moves a chosen goal one place up or down in the priority order. */
export function moveGoalChoice(id: string, direction: 'up' | 'down', title?: string): void {
  changeGoals(`move ${goalName(id, title)} ${direction}`, (goals) => moveGoal(goals, id, direction));
}

/** Adds an own goal and chooses it; returns its id. */
export function addCustomGoal(input: OwnGoalInput): Result<string> {
  const id = newId();
  const result = tryChangeGoals(`add the goal “${input.title.trim()}”`, (goals) => addOwnGoal(goals, id, input));
  return result.ok ? ok(id) : result;
}

/** Changes an own goal's title and description. */
export function editCustomGoal(id: string, input: OwnGoalInput): Result<Goals> {
  return tryChangeGoals(`edit the goal ${goalName(id)}`, (goals) => editOwnGoal(goals, id, input));
}

/** Deletes an own goal for good. */
export function deleteCustomGoal(id: string): void {
  changeGoals(`delete the goal ${goalName(id)}`, (goals) => deleteOwnGoal(goals, id));
}

/** Ticks or unticks a focus area, data item, question or plan element. */
export function toggleGoalTick(list: TickList, id: string): void {
  const ticked = $plan.get().goals[list].includes(id);
  changeGoals(`${ticked ? 'untick' : 'tick'} ${TICK_NAMES[list]}`, (goals) => toggleTick(goals, list, id));
}

const TICK_NAMES: Record<TickList, string> = {
  focusAreas: 'a focus area',
  dataToBring: 'data to bring',
  questions: 'a question',
  planElements: 'a plan element',
};

/** Sets the asset worksheet notes for one kind of asset. */
export function setAssetNotes(kindId: string, text: string): void {
  changeGoals('change the asset notes', (goals) => setAssetNote(goals, kindId, text), `assets.${kindId}`);
}

/** Sets the group's draft starting goals. */
export function setDraftGoalsText(text: string): void {
  changeGoals('change the draft goals', (goals) => setDraftGoals(goals, text), 'draftGoals');
}
