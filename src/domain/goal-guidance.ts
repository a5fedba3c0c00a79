/**
 * The guidance a chosen goal opens: ticks (data to bring, questions, plan elements, focus
 * areas), the asset worksheet, the draft goals and the questions filtered by focus area. The
 * summary of it all for the exports is in ./chosen-guidance.ts.
 */
import type { FocusArea, GoalContent, Question } from './content-schemas';
import type { Goals } from './plan';

/** The fields of `plan.goals` that hold a list of ticked ids. */
export type TickList = 'focusAreas' | 'dataToBring' | 'questions' | 'planElements';

/** The plan schema's caps for each list (see `goalsSchema`). */
export const TICK_LIMITS: Record<TickList, number> = {
  focusAreas: 10,
  dataToBring: 50,
  questions: 100,
  planElements: 50,
};
export const MAX_ASSET_NOTE = 5000;
export const MAX_DRAFT_GOALS = 10000;

/** Ticks or unticks `id` in one of the lists; a tick beyond the plan's cap is ignored. */
export function toggleTick(goals: Goals, list: TickList, id: string): Goals {
  const current = goals[list];
  if (current.includes(id)) return { ...goals, [list]: current.filter((x) => x !== id) };
  if (current.length >= TICK_LIMITS[list]) return goals;
  return { ...goals, [list]: [...current, id] };
}

/** Sets the worksheet notes for one asset kind; emptied notes remove the entry. */
export function setAssetNote(goals: Goals, kindId: string, text: string): Goals {
  const assetNotes = { ...goals.assetNotes };
  if (text === '') delete assetNotes[kindId];
  else assetNotes[kindId] = text.slice(0, MAX_ASSET_NOTE);
  return { ...goals, assetNotes };
}

/** Sets the group's draft starting goals (free text). */
export function setDraftGoals(goals: Goals, text: string): Goals {
  return { ...goals, draftGoals: text.slice(0, MAX_DRAFT_GOALS) };
}

/**
 * Whether a question shows for the chosen focus areas: questions with no focus area always
 * show, and with no focus area chosen every question shows.
 */
export function questionMatches(question: Question, focusAreas: readonly string[]): boolean {
  if (question.focusAreas.length === 0 || focusAreas.length === 0) return true;
  return question.focusAreas.some((area) => focusAreas.includes(area));
}

export interface QuestionGroup {
  /** The focus area ids joined by `+`, or `general`. */
  key: string;
  /** Heading: "General questions" or the role names, e.g. "Tutoring and Mentoring". */
  title: string;
  questions: Question[];
}

/**
 * The questions to show, grouped by student-support role as the district toolkit groups them
 * (questions sharing the same focus areas), in content order.
 */
export function questionGroups(
  questions: readonly Question[],
  chosenAreas: readonly string[],
  areas: readonly FocusArea[],
): QuestionGroup[] {
  const groups: QuestionGroup[] = [];
  for (const question of questions) {
    if (!questionMatches(question, chosenAreas)) continue;
    const key = question.focusAreas.length === 0 ? 'general' : question.focusAreas.join('+');
    let group = groups.find((g) => g.key === key);
    if (!group) {
      const names = question.focusAreas.map((id) => areas.find((a) => a.id === id)?.name ?? id);
      group = { key, title: key === 'general' ? 'General questions' : names.join(' and '), questions: [] };
      groups.push(group);
    }
    group.questions.push(question);
  }
  return groups;
}

/** Questions the convener ticked that the current focus areas hide (kept, and shown apart). */
export function hiddenChosenQuestions(questions: readonly Question[], goals: Goals): Question[] {
  return questions.filter((q) => goals.questions.includes(q.id) && !questionMatches(q, goals.focusAreas));
}

/**
 * Toolkit goals that are not chosen but still hold what the convener filled in, so the page
 * can say it is kept. In toolkit order, as short titles.
 */
export function keptForUnchosen(goals: Goals, toolkitGoals: readonly GoalContent[]): string[] {
  return toolkitGoals
    .filter((g) => !goals.selected.includes(g.id))
    .filter((g) => {
      const guide = g.guidance;
      return (
        guide.dataToBring.some((o) => goals.dataToBring.includes(o.id)) ||
        guide.questions.some((q) => goals.questions.includes(q.id)) ||
        guide.assetKinds.some((k) => (goals.assetNotes[k.id] ?? '') !== '') ||
        (guide.exampleGoals.length > 0 && goals.draftGoals.trim() !== '') ||
        guide.planElements.some((o) => goals.planElements.includes(o.id))
      );
    })
    .map((g) => g.shortTitle);
}
