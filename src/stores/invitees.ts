/**
 * The invitee list: actions for the invitees page, each one labelled plan edit (an import is a
 * single undo step). Components call these verbs only.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { StakeholderCategory } from '../domain/content-schemas';
import type { DuplicateChoice, ImportPreview } from '../domain/csv-rows';
import { inviteeCoverage, type InviteeCoverage } from '../domain/invitee-coverage';
import { applyImport, checkImportLimit } from '../domain/invitee-import';
import { MAX_INVITEES, normaliseDraft, validateDraft, type DraftErrors, type InviteeDraft } from '../domain/invitees';
import { newId, type Invitee, type InviteeStatus } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';
import { localIsoDate } from '../domain/dates';
import { withStatus } from '../domain/invitee-statuses';
import { $plan, updatePart } from './plan';

export const $invitees = computed($plan, (plan) => plan.invitees);
const $targetGroupSize = computed($plan, (plan) => plan.event.targetGroupSize);

const coverageStores = new WeakMap<readonly StakeholderCategory[], ReadableAtom<InviteeCoverage>>();

/** Who is in the room so far, recomputed when the list or the target group size changes. */
export function coverageStore(categories: readonly StakeholderCategory[]): ReadableAtom<InviteeCoverage> {
  let store = coverageStores.get(categories);
  if (!store) {
    store = computed([$invitees, $targetGroupSize], (invitees, target) =>
      inviteeCoverage(invitees, categories, target),
    );
    coverageStores.set(categories, store);
  }
  return store;
}

/** The saved person's id, or the form's errors by field. */
export type SaveResult = Result<string, DraftErrors>;

const setList = (label: string, change: (list: Invitee[]) => Invitee[], group: string | null = null) =>
  updatePart('invitees', label, change, group);

/** Adds a person from the form after checking it; returns the field errors otherwise. */
export function addInvitee(draft: InviteeDraft, categories: readonly StakeholderCategory[]): SaveResult {
  const clean = normaliseDraft(draft);
  const existing = $plan.get().invitees;
  const errors = validateDraft(clean, { existing, categories });
  if (existing.length >= MAX_INVITEES)
    errors.name = `The list already holds the most people a plan can keep (${MAX_INVITEES}).`;
  if (Object.keys(errors).length > 0) return fail(errors);
  const id = newId();
  const dated = withStatus({ ...clean, status: 'to-invite' as InviteeStatus }, clean.status, localIsoDate(new Date()));
  setList(`add ${clean.name}`, (list) => [...list, { id, ...dated }]);
  return ok(id);
}

/** Saves an edited person (all fields at once, one undo step). */
export function updateInvitee(id: string, draft: InviteeDraft, categories: readonly StakeholderCategory[]): SaveResult {
  const clean = normaliseDraft(draft);
  const errors = validateDraft(clean, { existing: $plan.get().invitees, categories, selfId: id });
  if (Object.keys(errors).length > 0) return fail(errors);
  const today = localIsoDate(new Date());
  setList(`edit ${clean.name}`, (list) =>
    list.map((p) =>
      p.id === id
        ? p.status === clean.status
          ? { id, ...clean }
          : withStatus({ id, ...clean, status: p.status }, clean.status, today)
        : p,
    ),
  );
  return ok(id);
}

/**
 * Changes one person's RSVP status straight from the table: "invited" fills the invitation date
 * and an answer the answer date, with today's date unless already set (see `withStatus`).
 */
export function setInviteeStatus(id: string, status: InviteeStatus, now: Date = new Date()): void {
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person || person.status === status) return;
  const today = localIsoDate(now);
  setList(`change the status of ${person.name}`, (list) =>
    list.map((p) => (p.id === id ? withStatus(p, status, today) : p)),
  );
}

/** Removes a person; undo brings them back in the same place. */
export function deleteInvitee(id: string): void {
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person) return;
  setList(`delete ${person.name}`, (list) => list.filter((p) => p.id !== id));
}

/**
 * Applies a confirmed import preview as one undo step; returns how many were added and
 * updated, or the reason nothing was imported (the list would outgrow a plan).
 */
export function importInvitees(
  preview: ImportPreview,
  choice: DuplicateChoice,
): Result<{ added: number; updated: number }> {
  const fits = checkImportLimit($plan.get().invitees.length, preview, MAX_INVITEES);
  if (!fits.ok) return fits;
  const result = applyImport($plan.get().invitees, preview, choice, newId);
  if (result.added + result.updated > 0) setList('import people', () => result.invitees);
  return ok({ added: result.added, updated: result.updated });
}
