/** Data for the printable sheets that are not the agenda: sign-in, asset worksheet. */
import type { AssetKind, GoalContent } from '../domain/content-schemas';
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
