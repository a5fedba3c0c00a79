/**
 * The invitee list: actions for the invitees page, all recorded in one undo history of the
 * `plan.invitees` slice (an import is a single step). Components call these verbs only.
 */
import { computed } from 'nanostores';
import type { StakeholderCategory } from '../domain/content-schemas';
import type { DuplicateChoice, ImportPreview } from '../domain/csv-rows';
import { applyImport, importLimitProblem } from '../domain/invitee-import';
import { MAX_INVITEES, normaliseDraft, validateDraft, type DraftErrors, type InviteeDraft } from '../domain/invitees';
import { newId, type Invitee, type InviteeStatus } from '../domain/plan';
import { createSliceHistory } from './history';
import { $plan } from './plan';

export const inviteeHistory = createSliceHistory(
  (plan) => plan.invitees,
  (plan, invitees) => ({ ...plan, invitees }),
);

/** What undo and redo would do next, for the buttons. */
export const $inviteeHistory = inviteeHistory.$state;
export const $invitees = computed($plan, (plan) => plan.invitees);

export type SaveResult = { ok: true; id: string } | { ok: false; errors: DraftErrors };

const setList = (label: string, change: (list: Invitee[]) => Invitee[]) =>
  inviteeHistory.change(label, (plan) => ({ ...plan, invitees: change(plan.invitees) }));

/** Adds a person from the form after checking it; returns the field errors otherwise. */
export function addInvitee(draft: InviteeDraft, categories: readonly StakeholderCategory[]): SaveResult {
  const clean = normaliseDraft(draft);
  const existing = $plan.get().invitees;
  const errors = validateDraft(clean, { existing, categories });
  if (existing.length >= MAX_INVITEES)
    errors.name = `The list already holds the most people a plan can keep (${MAX_INVITEES}).`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const id = newId();
  setList(`add ${clean.name}`, (list) => [...list, { id, ...clean }]);
  return { ok: true, id };
}

/** Saves an edited person (all fields at once, one undo step). */
export function updateInvitee(id: string, draft: InviteeDraft, categories: readonly StakeholderCategory[]): SaveResult {
  const clean = normaliseDraft(draft);
  const errors = validateDraft(clean, { existing: $plan.get().invitees, categories, selfId: id });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  setList(`edit ${clean.name}`, (list) => list.map((p) => (p.id === id ? { id, ...clean } : p)));
  return { ok: true, id };
}

/** Changes one person's RSVP status straight from the table. */
export function setInviteeStatus(id: string, status: InviteeStatus): void {
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person || person.status === status) return;
  setList(`status of ${person.name}`, (list) => list.map((p) => (p.id === id ? { ...p, status } : p)));
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
): { ok: true; added: number; updated: number } | { ok: false; error: string } {
  const problem = importLimitProblem($plan.get().invitees.length, preview, MAX_INVITEES);
  if (problem) return { ok: false, error: problem };
  const result = applyImport($plan.get().invitees, preview, choice, newId);
  if (result.added + result.updated > 0) setList('import', () => result.invitees);
  return { ok: true, added: result.added, updated: result.updated };
}

export function undoInvitees(): string | null {
  return inviteeHistory.undo();
}

export function redoInvitees(): string | null {
  return inviteeHistory.redo();
}
