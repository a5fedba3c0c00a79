/**
 * Outcome actions: goals agreed, commitments, assets confirmed, the next meeting, thanks and
 * attendance. Typing in one field is one undo step.
 */
import {
  addEntry,
  blankEntry,
  personPatch,
  removeEntry,
  setAttendance,
  updateEntry,
  type OutcomeList,
  type OutcomeLists,
} from '../domain/outcomes';
import { newId, type Commitment, type Outcomes } from '../domain/plan';
import { $plan, updatePart } from './plan';

const ENTRY_NAMES: Record<OutcomeList, string> = {
  goalsAgreed: 'goal agreed',
  commitments: 'commitment',
  assetsConfirmed: 'confirmed asset',
};

function changeOutcomes(label: string, change: (outcomes: Outcomes) => Outcomes, group: string | null = null): void {
  updatePart('outcomes', label, change, group);
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
