/** Data for the printable sheets that are not the agenda: sign-in, questions, asset worksheet. */
import type { AssetKind, GoalContent, Question } from '../domain/content-schemas';
import type { Goals, Invitee } from '../domain/plan';

export interface SignInRow {
  name: string;
  organization: string;
  /** True when the person's media release is already on file. */
  releaseOnFile: boolean;
}

/**
 * Rows for the sign-in sheet: everyone not declined, by name (locale-aware), then `blankRows`
 * empty rows for walk-ins.
 */
export function signInRows(invitees: readonly Invitee[], blankRows = 15): SignInRow[] {
  const people = invitees
    .filter((p) => p.status !== 'declined' && p.name.trim())
    .map((p) => ({ name: p.name.trim(), organization: p.organization.trim(), releaseOnFile: p.mediaRelease }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const blank = Array.from({ length: blankRows }, () => ({ name: '', organization: '', releaseOnFile: false }));
  return [...people, ...blank];
}

/** The discussion questions the convener chose, in the toolkit's order, without duplicates. */
export function chosenQuestions(goals: Pick<Goals, 'questions'>, toolkitGoals: readonly GoalContent[]): Question[] {
  const chosen = new Set(goals.questions);
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const goal of toolkitGoals) {
    for (const question of goal.guidance.questions) {
      if (chosen.has(question.id) && !seen.has(question.id)) {
        seen.add(question.id);
        out.push(question);
      }
    }
  }
  return out;
}

export interface WorksheetRow {
  kind: AssetKind;
  /** What the group already wrote down for this kind before the event. */
  notes: string;
}

/** The asset worksheet: every asset kind from the toolkit with the notes already gathered. */
export function worksheetRows(
  goals: Pick<Goals, 'assetNotes'>,
  toolkitGoals: readonly GoalContent[],
): { assets: WorksheetRow[]; support: WorksheetRow[] } {
  const kinds = toolkitGoals.flatMap((g) => g.guidance.assetKinds);
  const row = (kind: AssetKind): WorksheetRow => ({ kind, notes: goals.assetNotes[kind.id]?.trim() ?? '' });
  return {
    assets: kinds.filter((k) => k.group === 'asset').map(row),
    support: kinds.filter((k) => k.group === 'support').map(row),
  };
}
