/**
 * How many goals are chosen and the note every other step shows while that is outside 2–4: kept
 * apart from ./goal-rules.ts, whose advice texts only the goals page needs.
 */
import type { Goals } from './plan';
import { MAX_GOALS, MIN_GOALS } from './steps';

/** How many goals are chosen: toolkit and own goals count the same. */
export function goalCount(goals: Goals): number {
  return goals.selected.length;
}

/**
 * The short note the other steps show while the goals are not settled, or null when they are
 * (2 to 4 goals).
 */
export function goalsNotSettledNote(count: number): string | null {
  if (count >= MIN_GOALS && count <= MAX_GOALS) return null;
  const state =
    count === 0 ? 'no goals are chosen yet' : count === 1 ? 'only 1 goal is chosen' : `${count} goals are chosen`;
  return `The event goals are not settled: ${state}, and the toolkit advises two to four.`;
}
