/** The chosen goals as one list, toolkit and own goals together, in the convener's order. */
import type { GoalContent } from './content-schemas';
import type { Goals } from './plan';

export interface ChosenGoal {
  id: string;
  title: string;
  shortTitle: string;
  /** True for a goal the convener wrote. */
  custom: boolean;
}

/** Chosen goals in priority order; ids that match nothing (stale) are left out. */
export function chosenGoals(
  goals: Goals,
  toolkitGoals: readonly Pick<GoalContent, 'id' | 'title' | 'shortTitle'>[],
): ChosenGoal[] {
  const out: ChosenGoal[] = [];
  for (const id of goals.selected) {
    const toolkit = toolkitGoals.find((g) => g.id === id);
    if (toolkit) {
      out.push({ id, title: toolkit.title, shortTitle: toolkit.shortTitle, custom: false });
      continue;
    }
    const own = goals.custom.find((g) => g.id === id);
    if (own)
      out.push({ id, title: own.title || 'Untitled goal', shortTitle: own.title || 'Untitled goal', custom: true });
  }
  return out;
}
