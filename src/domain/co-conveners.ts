/**
 * One co-convener list (schema version 3 on): co-conveners are the people and organisations on
 * the invitee list whose planning role is "co-convener". The start page's list adds and removes
 * them on that same list, so the invitees page and its coverage count what the start page shows.
 */
import type { Invitee } from './plan';
import { fail, ok, type Result } from './result';

/** At most this many co-conveners: a convening is hosted by a few organisations, not a crowd. */
export const MAX_CO_CONVENERS = 20;
/** The longest co-convener name, as the invitee fields allow. */
export const MAX_CO_CONVENER_LENGTH = 200;

const squash = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** What a co-convener is called: the organisation, or the person's name when there is none. */
export function coConvenerLabel(person: Pick<Invitee, 'name' | 'organization'>): string {
  return person.organization.trim() || person.name.trim();
}

/** The co-conveners' names in list order, each once (any case or spacing). */
export function coConvenerNames(invitees: readonly Invitee[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const person of invitees) {
    if (person.planningRole !== 'co-convener') continue;
    const label = coConvenerLabel(person);
    if (label === '' || seen.has(squash(label))) continue;
    seen.add(squash(label));
    names.push(label);
  }
  return names;
}

/** A co-convener entered by organisation name alone. */
export function coConvenerInvitee(id: string, organization: string, category = 'other'): Invitee {
  return {
    id,
    name: '',
    organization,
    role: '',
    email: '',
    category,
    status: 'accepted',
    planningRole: 'co-convener',
    mediaRelease: false,
    notes: '',
    invitedOn: '',
    answeredOn: '',
    remindedOn: '',
    language: '',
    needs: { access: '', dietary: '', interpretation: '', childcare: 0, transport: false, stipend: false },
    attended: false,
  };
}

/** The co-conveners on the list, in list order. */
export function coConveners(invitees: readonly Invitee[]): Invitee[] {
  return invitees.filter((person) => person.planningRole === 'co-convener');
}

/**
 * The list with `name` as a co-convener: someone on the list with that organisation or name
 * (any case or spacing) becomes one; otherwise an organisation-only entry is added ("accepted",
 * category "other"). Fails, naming the problem, for an empty or too long name, a co-convener
 * already there, or a full list.
 */
export function addCoConvener(invitees: readonly Invitee[], name: string, newId: () => string): Result<Invitee[]> {
  const wanted = name.trim();
  if (wanted === '') return fail('Type the organisation or person first, e.g. "Riverside Community Foundation".');
  if (wanted.length > MAX_CO_CONVENER_LENGTH) {
    return fail(`That name has ${wanted.length} characters; keep it under ${MAX_CO_CONVENER_LENGTH + 1}.`);
  }
  const key = squash(wanted);
  const matches = (person: Invitee) => squash(person.organization) === key || squash(person.name) === key;
  if (coConveners(invitees).some(matches)) return fail(`${wanted} is already a co-convener.`);
  if (coConvenerNames(invitees).length >= MAX_CO_CONVENERS) {
    return fail(`The plan holds up to ${MAX_CO_CONVENERS} co-conveners; remove one first.`);
  }
  const at = invitees.findIndex(matches);
  if (at >= 0) return ok(invitees.map((person, i) => (i === at ? { ...person, planningRole: 'co-convener' } : person)));
  return ok([...invitees, coConvenerInvitee(newId(), wanted)]);
}

/**
 * The list without `id` as a co-convener. An entry that holds nothing but the organisation's name
 * (as added on the start page) leaves the list; a real invitee stays, with the role cleared.
 * Returns the same list when `id` is not a co-convener.
 */
export function removeCoConvener(invitees: readonly Invitee[], id: string): Invitee[] {
  const person = invitees.find((p) => p.id === id);
  if (!person || person.planningRole !== 'co-convener') return invitees as Invitee[];
  const bare = person.name === '' && person.email === '' && person.notes === '' && person.role === '';
  return bare
    ? invitees.filter((p) => p.id !== id)
    : invitees.map((p) => (p.id === id ? { ...p, planningRole: 'none' } : p));
}
