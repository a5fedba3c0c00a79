/** Logistics and budget: lines, currency, the tentative share; quantities that follow the RSVPs. */
import { computed } from 'nanostores';
import { autoQuantities, headcount, suggestedLines, withLine } from '../domain/logistics';
import { newId, type BudgetLine } from '../domain/plan';
import { $plan, updatePart } from './plan';

export const $logistics = computed($plan, (plan) => plan.logistics);
/** The invitee list (here too, so this page does not load the invitee list's store). */
export const $people = computed($plan, (plan) => plan.invitees);

/** Expected attendees, from the RSVPs and the tentative share. */
export const $headcount = computed([$people, $logistics], (invitees, logistics) =>
  headcount(invitees, logistics.tentativeSharePercent),
);
/** Quantities of the automatic lines (food, childcare, interpretation, stipends). */
export const $autoQuantities = computed([$people, $logistics], (invitees, logistics) =>
  autoQuantities(invitees, logistics.tentativeSharePercent),
);

/** Sets the currency (an ISO 4217 code: three capital letters); other input is ignored. */
export function setCurrency(code: string): boolean {
  const currency = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return false;
  updatePart('logistics', 'change the currency', (l) => (l.currency === currency ? l : { ...l, currency }));
  return true;
}

/** Sets the share of tentative people expected to come (0–100, whole percent). */
export function setTentativeShare(percent: number): boolean {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) return false;
  updatePart(
    'logistics',
    'change the tentative share',
    (l) => (l.tentativeSharePercent === percent ? l : { ...l, tentativeSharePercent: percent }),
    'logistics.share',
  );
  return true;
}

/** Adds the suggested lines (room, meals from the agenda, interpretation …) to an empty budget. */
export function addSuggestedLines(): void {
  updatePart('logistics', 'add the suggested budget lines', (l) =>
    l.lines.length > 0 ? l : { ...l, lines: suggestedLines($plan.get(), newId) },
  );
}

/** Adds one line of `kind`; returns its id. */
export function addLine(kind: BudgetLine['kind'], label: string): string {
  const id = newId();
  const auto = kind === 'food' || kind === 'childcare' || kind === 'interpretation' || kind === 'stipend';
  updatePart('logistics', `add ${label}`, (l) => ({
    ...l,
    lines: [...l.lines, { id, kind, label, auto, quantity: auto ? 0 : 1, unitCost: 0, notes: '' }],
  }));
  return id;
}

/** Changes one line; typing in one field is one undo step. */
export function updateLine(id: string, patch: Partial<Omit<BudgetLine, 'id'>>): void {
  const field = Object.keys(patch).join(',');
  updatePart('logistics', 'change a budget line', (l) => withLine(l, id, patch), `logistics.${id}.${field}`);
}

/** Removes one line (undo brings it back). */
export function removeLine(id: string): void {
  updatePart('logistics', 'remove a budget line', (l) => ({ ...l, lines: l.lines.filter((line) => line.id !== id) }));
}
