/**
 * Rules for one person on the invitee list: labels, parsing of the words people type in
 * spreadsheets ("Accepted", "yes", a category's name), and validation of the add/edit form.
 */
import type { StakeholderCategory } from './content-schemas';
import type { Invitee, InviteeNeeds, InviteeStatus } from './plan';
import { INVITEE_STATUSES, STATUS_LABELS } from './invitee-statuses';
import { fail, ok, type Result } from './result';

/** An invitee before it has an id (form input, an import row). */
export type InviteeDraft = Omit<Invitee, 'id'>;
export type PlanningRole = Invitee['planningRole'];
export type InviteeTextField = 'name' | 'organization' | 'role' | 'email' | 'notes';

// In a module of its own so searching the list does not bring these rules along.
export { INVITEE_STATUSES, STATUS_LABELS } from './invitee-statuses';
export const PLANNING_ROLES: readonly PlanningRole[] = ['none', 'co-convener', 'committee'];

export const PLANNING_ROLE_LABELS: Record<PlanningRole, string> = {
  none: 'None',
  'co-convener': 'Co-convener',
  committee: 'Organizing committee',
};

/** Longest value the plan accepts per text field (the same limits as `inviteeSchema`). */
export const TEXT_LIMITS: Record<InviteeTextField, number> = {
  name: 200,
  organization: 200,
  role: 200,
  email: 254,
  notes: 5000,
};

export const FIELD_NAMES: Record<InviteeTextField, string> = {
  name: 'name',
  organization: 'organization',
  role: 'role',
  email: 'email',
  notes: 'notes field',
};

/** Most people a plan holds (the limit of `plan.invitees`); beyond it a saved plan would not load. */
export const MAX_INVITEES = 20000;

/** Column titles of our CSV export; the import's column guessing recognises each of them. */
export const INVITEE_CSV_HEADERS = [
  'Name',
  'Organization',
  'Role',
  'Email',
  'Category',
  'Status',
  'Planning role',
  'Media release',
  'Notes',
] as const;

/** Deliberately loose: one @, something before it, a dot after it, no spaces. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-case letters and digits only, so "E-mail", "e mail" and "EMAIL" compare equal. */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The key two emails are compared by: trimmed, case-insensitive. Empty for no email. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether `email` looks like an address (empty is allowed: many invitees have none yet). */
export function isEmailLike(email: string): boolean {
  return EMAIL_PATTERN.test(email);
}

/**
 * Plain RSVP words people type instead of our labels. A Map, not an object literal: a cell
 * reading "constructor" must not find `Object.prototype.constructor` and become the status.
 */
const STATUS_WORDS: ReadonlyMap<string, InviteeStatus> = new Map([
  ['maybe', 'tentative'],
  ['yes', 'accepted'],
  ['no', 'declined'],
]);

/*
 * The cell readers below fail with the cell's text and what would have been accepted, e.g.
 * `"going" is not one of To invite, ...`; the caller puts the column's name in front.
 */

/** A status from its label or id in any case ("Accepted", "to invite"), or a plain yes/no/maybe. */
export function parseStatus(text: string): Result<InviteeStatus> {
  const key = squash(text);
  if (key === '') return ok('to-invite');
  for (const status of INVITEE_STATUSES) {
    if (key === squash(status) || key === squash(STATUS_LABELS[status])) return ok(status);
  }
  const word = STATUS_WORDS.get(key);
  return word ? ok(word) : fail(`"${text}" is not one of ${Object.values(STATUS_LABELS).join(', ')}`);
}

/** A planning role from a label or id ("Co-convener", "committee", "Organizing committee"). */
export function parsePlanningRole(text: string): Result<PlanningRole> {
  const key = squash(text);
  if (key === '' || key === 'none' || key === 'no') return ok('none');
  if (key === 'coconvener' || key === 'coconvenor') return ok('co-convener');
  if (key === 'committee' || key === 'organizingcommittee' || key === 'organisingcommittee') return ok('committee');
  return fail(`"${text}" is not None, Co-convener or Organizing committee`);
}

/** A yes/no cell ("Yes", "no", "true", "1", "x", "signed", empty = no). */
export function parseYesNo(text: string): Result<boolean> {
  const key = squash(text);
  if (['', 'no', 'n', 'false', '0', 'notsigned'].includes(key)) return ok(false);
  if (['yes', 'y', 'true', '1', 'x', 'signed'].includes(key)) return ok(true);
  return fail(`"${text}" is not Yes or No`);
}

/** A category id from its name or id in any case/spacing; an empty cell matches none. */
export function categoryIdFor(text: string, categories: readonly StakeholderCategory[]): Result<string> {
  const key = squash(text);
  const found = key === '' ? undefined : categories.find((c) => squash(c.name) === key || squash(c.id) === key);
  return found ? ok(found.id) : fail(`"${text}" is not one of the stakeholder categories`);
}

/** The category's display name; the raw id when content no longer has it. */
export function categoryName(id: string, categories: readonly StakeholderCategory[]): string {
  return categories.find((c) => c.id === id)?.name ?? id;
}

/** What a person needs when nothing was asked for yet. */
export function noNeeds(): InviteeNeeds {
  return { access: '', dietary: '', interpretation: '', childcare: 0, transport: false, stipend: false };
}

/** A blank form in the given category. */
export function emptyDraft(category: string): InviteeDraft {
  return {
    name: '',
    organization: '',
    role: '',
    email: '',
    category,
    status: 'to-invite',
    planningRole: 'none',
    mediaRelease: false,
    notes: '',
    invitedOn: '',
    answeredOn: '',
    remindedOn: '',
    language: '',
    needs: noNeeds(),
    attended: false,
  };
}

/** Trims every text field; stored invitees are always trimmed (the CSV round trip relies on it). */
export function normaliseDraft(draft: InviteeDraft): InviteeDraft {
  return {
    ...draft,
    name: draft.name.trim(),
    organization: draft.organization.trim(),
    role: draft.role.trim(),
    email: draft.email.trim(),
    notes: draft.notes.trim(),
  };
}

export type DraftErrors = Partial<Record<InviteeTextField | 'category', string>>;

/**
 * Problems with a (normalised) draft, by field: a name is required, text within the plan's
 * limits, an email that looks like one and is not already on the list (another person with
 * the same email is almost always the same person twice), a category that exists.
 */
export function validateDraft(
  draft: InviteeDraft,
  context: { existing: readonly Invitee[]; categories: readonly StakeholderCategory[]; selfId?: string },
): DraftErrors {
  const errors: DraftErrors = {};
  // An organisation alone is enough: a co-convener is often an organisation before it is a person.
  if (draft.name === '' && draft.organization === '') errors.name = 'Enter a name or an organisation.';
  for (const field of Object.keys(TEXT_LIMITS) as InviteeTextField[]) {
    const limit = TEXT_LIMITS[field];
    if (draft[field].length > limit && !errors[field]) {
      errors[field] = `The ${FIELD_NAMES[field]} is longer than ${limit} characters.`;
    }
  }
  if (draft.email !== '' && !errors.email) {
    if (!isEmailLike(draft.email)) {
      errors.email = `"${draft.email}" does not look like an email address (name@example.org).`;
    } else {
      const key = emailKey(draft.email);
      const twin = context.existing.find((p) => p.id !== context.selfId && emailKey(p.email) === key);
      if (twin) errors.email = `${twin.name} already has this email.`;
    }
  }
  if (!context.categories.some((c) => c.id === draft.category)) errors.category = 'Choose a stakeholder category.';
  return errors;
}
