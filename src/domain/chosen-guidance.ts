/**
 * One summary of what the chosen goals' guidance holds, for the exports and handouts. Kept apart
 * from ./goal-guidance.ts (the Goals page's rules) so the print pages that use this do not pull
 * the Goals page's code into a chunk of its own.
 */
import type { AssetKind, DataOption, FocusArea, GoalContent, Question } from './content-schemas';
import type { Goals } from './plan';

export interface AssetWorksheetRow {
  kind: AssetKind;
  /** What the group already knows about this kind of asset; empty when nothing was typed. */
  notes: string;
}

export interface ChosenGuidance {
  /** Ticked data to bring, in content order, from chosen goals only. */
  dataToBring: DataOption[];
  /** Ticked discussion questions, in content order, from chosen goals only. */
  questions: Question[];
  /** The asset worksheet (every kind, with its notes) when "identify assets" is chosen; else empty. */
  assetWorksheet: AssetWorksheetRow[];
  /** The draft starting goals when "set preliminary goals" is chosen; else empty. */
  draftGoals: string;
  /** Ticked plan elements, in content order, from chosen goals only. */
  planElements: { id: string; label: string; help?: string | undefined }[];
  /** Chosen focus areas, in content order. */
  focusAreas: FocusArea[];
}

/**
 * What the chosen goals add to the plan's handouts, resolved to content: only the guidance of
 * goals that are chosen now (what was filled in for un-chosen goals stays in the plan, unused).
 */
export function chosenGuidance(
  goals: Goals,
  toolkitGoals: readonly GoalContent[],
  areas: readonly FocusArea[],
): ChosenGuidance {
  const chosen = toolkitGoals.filter((g) => goals.selected.includes(g.id)).map((g) => g.guidance);
  return {
    dataToBring: chosen.flatMap((g) => g.dataToBring).filter((o) => goals.dataToBring.includes(o.id)),
    questions: chosen.flatMap((g) => g.questions).filter((q) => goals.questions.includes(q.id)),
    assetWorksheet: chosen
      .flatMap((g) => g.assetKinds)
      .map((kind) => ({ kind, notes: goals.assetNotes[kind.id] ?? '' })),
    // The draft goals belong to the goal with example goal statements ("set preliminary goals").
    draftGoals: chosen.some((g) => g.exampleGoals.length > 0) ? goals.draftGoals : '',
    planElements: chosen.flatMap((g) => g.planElements).filter((o) => goals.planElements.includes(o.id)),
    focusAreas: areas.filter((a) => goals.focusAreas.includes(a.id)),
  };
}
