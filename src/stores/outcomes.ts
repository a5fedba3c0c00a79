/**
 * Outcome actions: what was heard in each session, goals agreed, commitments, assets confirmed,
 * the next meeting, thanks and attendance. Typing in one field is one undo step.
 */
import {
  addEntry,
  blankEntry,
  commitmentTasks,
  personPatch,
  removeEntry,
  setAttendance,
  updateEntry,
  withHeard,
  type CommitmentTasks,
  type OutcomeList,
  type OutcomeLists,
} from '../domain/outcomes';
import { newId, type Commitment, type Outcomes } from '../domain/plan';
import { $plan, updatePart, updatePlan } from './plan';

const ENTRY_NAMES: Record<OutcomeList, string> = {
  goalsAgreed: 'goal agreed',
  commitments: 'commitment',
  assetsConfirmed: 'confirmed asset',
};

function changeOutcomes(label: string, change: (outcomes: Outcomes) => Outcomes, group: string | null = null): void {
  updatePart('outcomes', label, change, group);
}

/** Writes what was heard in agenda item `itemId` (from the live page or the follow-up page). */
export function setHeard(itemId: string, text: string): void {
  const title =
    $plan
      .get()
      .days.flatMap((d) => d.items)
      .find((i) => i.id === itemId)
      ?.title.trim() || 'Untitled item';
  updatePart('days', `change the notes on “${title}”`, (days) => withHeard(days, itemId, text), `heard.${itemId}`);
}

/** Adds an entry to one of the outcome lists (starting from `start`); returns its id, or null when the list is full. */
export function addOutcome<L extends OutcomeList>(list: L, start: Partial<OutcomeLists[L]> = {}): string | null {
  const entry = blankEntry(list, newId(), start);
  let added = false;
  changeOutcomes(`add a ${ENTRY_NAMES[list]}`, (outcomes) => {
    const next = addEntry(outcomes, list, entry);
    added = next !== outcomes;
    return next;
  });
  return added ? entry.id : null;
}

/** Changes fields of an outcome entry; typing in one field of one entry is one undo step. */
export function editOutcome<L extends OutcomeList>(
  list: L,
  id: string,
  patch: Partial<Omit<OutcomeLists[L], 'id'>>,
): void {
  const field = Object.keys(patch).join('+');
  changeOutcomes(
    `change a ${ENTRY_NAMES[list]}`,
    (outcomes) => updateEntry(outcomes, list, id, patch),
    `outcomes.${list}.${id}.${field}`,
  );
}

/** Sets a commitment's person, linking the invitee of that name (and their organisation) when there is one. */
export function setCommitmentPerson(id: string, person: string): void {
  const commitment = $plan.get().outcomes.commitments.find((c) => c.id === id);
  if (commitment)
    editOutcome('commitments', id, personPatch($plan.get().invitees, commitment, person) as Partial<Commitment>);
}

/** Deletes an outcome entry. */
export function deleteOutcome(list: OutcomeList, id: string): void {
  changeOutcomes(`delete a ${ENTRY_NAMES[list]}`, (outcomes) => removeEntry(outcomes, list, id));
}

/** Changes one detail of the next meeting. */
export function setNextMeeting(key: keyof Outcomes['nextMeeting'], value: string): void {
  changeOutcomes(
    'change the next meeting',
    (outcomes) =>
      outcomes.nextMeeting[key] === value
        ? outcomes
        : { ...outcomes, nextMeeting: { ...outcomes.nextMeeting, [key]: value } },
    `outcomes.nextMeeting.${key}`,
  );
}

/** Sets the words of thanks for the summary. */
export function setThanks(text: string): void {
  changeOutcomes(
    'change the thanks',
    (outcomes) => (outcomes.thanks === text ? outcomes : { ...outcomes, thanks: text }),
    'outcomes.thanks',
  );
}

/** Marks people as attended or not; `label` names them for the undo history. */
export function markAttended(ids: readonly string[], attended: boolean, label: string): void {
  const set = new Set(ids);
  updatePart('invitees', label, (invitees) => setAttendance(invitees, set, attended));
}

/** Adds (or brings up to date) one checklist task per commitment; says how many. */
export function commitmentsToTasks(): CommitmentTasks {
  let result: CommitmentTasks = { checklist: [], added: 0, updated: 0, skipped: 0 };
  updatePlan('add the commitments to the checklist', (plan) => {
    result = commitmentTasks(plan.checklist, plan.outcomes.commitments, plan.days, newId);
    return result.added || result.updated ? { ...plan, checklist: result.checklist } : plan;
  });
  return result;
}
