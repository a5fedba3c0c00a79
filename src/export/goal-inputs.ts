/**
 * What the convener ticked or typed on the Goals page, gathered for the pages that print it: the
 * handouts, the pre-work packet and the documents made from them. Each handout gets only the
 * inputs of the goals its session serves, so nothing lands on a page where it has no use.
 */
import type { GoalContent, Question } from '../domain/content-schemas';
import { chosenGuidance } from '../domain/chosen-guidance';
import { chosenGoals } from '../domain/goals';
import type { Goals } from '../domain/plan';
import { dataItemText, type SheetLang } from '../domain/sheet-language';
import type { AgendaRowView } from './agenda-view';

/** A ticked option (data to bring, plan element) with the reason it matters, in our words. */
export interface TickedOption {
  id: string;
  label: string;
  /** Why it matters; empty when the content gives none. */
  why: string;
}

/** Everything the Goals page holds that a printed page can show. */
export interface GoalInputs {
  /** Titles of the chosen goals (toolkit and own), in priority order. */
  eventGoals: string[];
  /** Data to bring or send as pre-work, in the toolkit's order (in the language asked for). */
  data: TickedOption[];
  /** Chosen discussion questions, in the toolkit's order. */
  questions: Question[];
  /** The draft starting goals, one per line as typed. */
  draftGoals: string[];
  /** Plan elements for the closing session, in the toolkit's order. */
  planElements: TickedOption[];
}

const withWhy = (option: { id: string; label: string; help?: string | undefined }): TickedOption => ({
  id: option.id,
  label: option.label,
  why: option.help ?? '',
});

/**
 * The Goals page's inputs, from the goals chosen now only (what was filled in for an un-chosen
 * goal stays in the plan, unused, as the Goals page says). With `lang` 'es' the data to bring
 * comes with its Spanish label and reason (the pre-work packet printed `?lang=es`); questions
 * keep both texts, for the sheet to choose.
 */
export function goalInputs(goals: Goals, toolkitGoals: readonly GoalContent[], lang: SheetLang = 'en'): GoalInputs {
  const guidance = chosenGuidance(goals, toolkitGoals, []);
  return {
    eventGoals: chosenGoals(goals, toolkitGoals).map((goal) => goal.title),
    data: guidance.dataToBring.map((option) => ({ id: option.id, ...dataItemText(option, lang) })),
    questions: guidance.questions,
    draftGoals: guidance.draftGoals
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    planElements: guidance.planElements.map(withWhy),
  };
}

/** What one session's handout adds from the Goals page; a part is left out when empty. */
export interface HandoutInserts {
  eventGoals: string[];
  data: TickedOption[];
  questions: Question[];
  draftGoals: string[];
  planElements: TickedOption[];
}

const NONE: HandoutInserts = { eventGoals: [], data: [], questions: [], draftGoals: [], planElements: [] };

/** A session that reviews the convening's goals: its title says "review" and "goal(s)". */
export function reviewsGoals(row: Pick<AgendaRowView, 'title'>): boolean {
  return /\breview/i.test(row.title) && /\bgoals?\b/i.test(row.title);
}

/**
 * Which session handout shows which input:
 * - the event goals on every session that reviews the goals ("Review Goals for the Convening");
 * - the data and the discussion questions on the needs session: the first session serving
 *   "Align on needs" that uses the pre-work, else the first serving it (the brainstorm);
 * - the draft goals on every session serving "Set preliminary goals" (small and whole group);
 * - the plan elements on the first session serving "Develop a high-level plan" (next steps).
 * Sessions are passed in agenda order; the result has an entry for each.
 */
export function handoutInserts(
  sessions: readonly Pick<AgendaRowView, 'id' | 'title' | 'goalIds' | 'tags'>[],
  inputs: GoalInputs,
): Map<string, HandoutInserts> {
  const serving = (goalId: string) => sessions.filter((s) => s.goalIds.includes(goalId));
  const needs = serving('align-needs');
  const needsSession = needs.find((s) => s.tags.includes('prework')) ?? needs[0];
  const planSession = serving('high-level-plan')[0];
  const out = new Map<string, HandoutInserts>();
  for (const session of sessions) {
    out.set(session.id, {
      ...NONE,
      eventGoals: reviewsGoals(session) ? inputs.eventGoals : [],
      ...(session === needsSession && { data: inputs.data, questions: inputs.questions }),
      draftGoals: session.goalIds.includes('set-goals') ? inputs.draftGoals : [],
      planElements: session === planSession ? inputs.planElements : [],
    });
  }
  return out;
}
