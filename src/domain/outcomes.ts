/**
 * What came out of the event: goals agreed, commitments, assets confirmed, the next meeting and
 * who came. Pure edits of `plan.outcomes` and `plan.invitees`, and the rule that turns commitments
 * into follow-up checklist tasks.
 */
import { datedDays } from './checklist';
import { daysBetween } from './dates';
import type { AgreedGoal, ChecklistItem, Commitment, ConfirmedAsset, EventDay, Invitee, Outcomes } from './plan';

/** The days with `heard` (what was heard in the session) set on item `itemId`; the same days when it already was. */
export function withHeard(days: EventDay[], itemId: string, heard: string): EventDay[] {
  let changed = false;
  const next = days.map((day) => {
    if (!day.items.some((item) => item.id === itemId && item.heard !== heard)) return day;
    changed = true;
    return { ...day, items: day.items.map((item) => (item.id === itemId ? { ...item, heard } : item)) };
  });
  return changed ? next : days;
}

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

/** The checklist template id that marks the task made from commitment `id`. */
export function commitmentTemplateId(id: string): string {
  return `commitment:${id}`.slice(0, 64);
}

/** What turning commitments into tasks did. */
export interface CommitmentTasks {
  checklist: ChecklistItem[];
  added: number;
  updated: number;
  /** Commitments left out: nothing written under "what", or no room left on the checklist. */
  skipped: number;
}

const MAX_TASKS = 500;

/**
 * The checklist with one "after the event" task per commitment: what is promised as the title,
 * the person (or organisation) as owner, due on the commitment's date (counted from the last
 * event day; on that day when the date is missing or earlier). A task made before is updated in
 * place (its done state kept), found by its template id, so doing this twice adds nothing twice.
 */
export function commitmentTasks(
  checklist: readonly ChecklistItem[],
  commitments: readonly Commitment[],
  days: readonly EventDay[],
  newId: () => string,
): CommitmentTasks {
  const lastDay = datedDays(days).at(-1)?.day.date ?? '';
  const out = [...checklist];
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const commitment of commitments) {
    const title = commitment.what.trim().replace(/\s+/g, ' ').slice(0, 300);
    if (!title) {
      skipped += 1;
      continue;
    }
    const templateId = commitmentTemplateId(commitment.id);
    const who = [commitment.person.trim(), commitment.organization.trim()].filter(Boolean);
    const offset = daysBetween(lastDay, commitment.due) ?? 0;
    const fields = {
      title,
      detail: who.length ? `Committed at the convening by ${who.join(', ')}.` : 'Committed at the convening.',
      phase: 'after' as const,
      offsetDays: Math.min(365, Math.max(0, offset)),
      owner: (who[0] ?? '').slice(0, 200),
    };
    const at = out.findIndex((task) => task.templateId === templateId);
    if (at >= 0) {
      const before = out[at]!;
      const next = { ...before, ...fields };
      if (JSON.stringify(next) !== JSON.stringify(before)) {
        out[at] = next;
        updated += 1;
      }
    } else if (out.length < MAX_TASKS) {
      out.push({ id: newId(), templateId, done: false, ...fields });
      added += 1;
    } else {
      skipped += 1;
    }
  }
  return { checklist: out, added, updated, skipped };
}
