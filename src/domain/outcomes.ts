/**
 * What came out of the event: goals agreed, commitments, assets confirmed, the next meeting and
 * who came. Pure edits of `plan.outcomes` and `plan.invitees`.
 */
import type { AgreedGoal, Commitment, ConfirmedAsset, Invitee, Outcomes } from './plan';

/** The three lists of outcomes a person adds entries to. */
export interface OutcomeLists {
  goalsAgreed: AgreedGoal;
  commitments: Commitment;
  assetsConfirmed: ConfirmedAsset;
}
export type OutcomeList = keyof OutcomeLists;

/** How many entries each list may hold (the plan schema's limits). */
export const OUTCOME_LIMITS: Record<OutcomeList, number> = { goalsAgreed: 50, commitments: 500, assetsConfirmed: 200 };

/** A new, empty entry of `list`, with any fields of `start` filled in. */
export function blankEntry<L extends OutcomeList>(
  list: L,
  id: string,
  start: Partial<OutcomeLists[L]> = {},
): OutcomeLists[L] {
  const blanks: { [K in OutcomeList]: OutcomeLists[K] } = {
    goalsAgreed: { id, who: '', what: '', howMany: '', byWhen: '', fromGoal: '' },
    commitments: { id, organization: '', person: '', inviteeId: '', what: '', due: '' },
    assetsConfirmed: { id, kind: '', text: '' },
  };
  return { ...blanks[list], ...start, id };
}

/** Adds `entry` at the end of `list`; the same outcomes when the list is full. */
export function addEntry<L extends OutcomeList>(outcomes: Outcomes, list: L, entry: OutcomeLists[L]): Outcomes {
  const entries = outcomes[list] as OutcomeLists[L][];
  if (entries.length >= OUTCOME_LIMITS[list]) return outcomes;
  return { ...outcomes, [list]: [...entries, entry] };
}

/** Changes fields of entry `id`; the same outcomes when nothing changes. */
export function updateEntry<L extends OutcomeList>(
  outcomes: Outcomes,
  list: L,
  id: string,
  patch: Partial<Omit<OutcomeLists[L], 'id'>>,
): Outcomes {
  const entries = outcomes[list] as OutcomeLists[L][];
  const at = entries.findIndex((entry) => entry.id === id);
  if (at < 0) return outcomes;
  const entry = entries[at]!;
  const keys = Object.keys(patch) as (keyof typeof patch)[];
  if (keys.every((key) => entry[key as keyof OutcomeLists[L]] === patch[key])) return outcomes;
  return { ...outcomes, [list]: entries.map((e, i) => (i === at ? { ...e, ...patch } : e)) };
}

/** Removes entry `id` from `list`; the same outcomes when it is not there. */
export function removeEntry(outcomes: Outcomes, list: OutcomeList, id: string): Outcomes {
  const entries = outcomes[list] as { id: string }[];
  return entries.some((e) => e.id === id) ? { ...outcomes, [list]: entries.filter((e) => e.id !== id) } : outcomes;
}

/** The lines of the draft goals (from the goals step), each a starting point for a goal agreed. */
export function draftGoalLines(draft: string): string[] {
  const lines = draft
    .split(/\r?\n/)
    // Bullets and numbers people type at the start of a line.
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  return [...new Set(lines)];
}

/** The invitee whose name is `name` (case and outer spaces ignored), if any. */
export function inviteeNamed(invitees: readonly Invitee[], name: string): Invitee | undefined {
  const wanted = name.trim().toLowerCase();
  return wanted ? invitees.find((person) => person.name.trim().toLowerCase() === wanted) : undefined;
}

/**
 * A commitment's person typed or picked: linked to the invitee of that name (whose organisation
 * fills an empty organisation field), or unlinked when the name is no one's on the list.
 */
export function personPatch(
  invitees: readonly Invitee[],
  current: Commitment,
  person: string,
): Partial<Omit<Commitment, 'id'>> {
  const match = inviteeNamed(invitees, person);
  if (!match) return { person, inviteeId: '' };
  return {
    person,
    inviteeId: match.id,
    ...(current.organization.trim() === '' && match.organization ? { organization: match.organization } : {}),
  };
}

/** Marks the people with `ids` as attended or not; the same list when nobody changes. */
export function setAttendance(invitees: Invitee[], ids: ReadonlySet<string>, attended: boolean): Invitee[] {
  if (!invitees.some((p) => ids.has(p.id) && p.attended !== attended)) return invitees;
  return invitees.map((p) => (ids.has(p.id) && p.attended !== attended ? { ...p, attended } : p));
}
