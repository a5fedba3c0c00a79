/**
 * One co-convener list (schema version 3 on): co-conveners are the people and organisations on
 * the invitee list whose planning role is "co-convener". The start page's one-per-line field
 * reads and writes that same list, so invitee coverage counts what the start page shows.
 */
import type { Invitee } from './plan';

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

/**
 * The invitee list after the co-convener names were edited to `names`:
 * - a name that matches a co-convener (organisation or person) keeps that entry;
 * - a name that matches someone on the list who is not a co-convener makes them one;
 * - a new name adds an organisation-only co-convener ("accepted", category "other");
 * - a co-convener whose name was removed stops being one; an entry that held nothing but the
 *   organisation's name (as added here) leaves the list.
 * Returns the same array when nothing changed.
 */
export function withCoConveners(
  invitees: readonly Invitee[],
  names: readonly string[],
  newId: () => string,
): Invitee[] {
  const wanted = new Map<string, string>();
  for (const name of names) if (name.trim()) wanted.set(squash(name), name.trim());
  const matched = new Set<string>();
  let changed = false;
  const keyOf = (person: Invitee): string | undefined =>
    [person.organization, person.name].map(squash).find((key) => key !== '' && wanted.has(key) && !matched.has(key));
  const out: Invitee[] = [];
  for (const person of invitees) {
    if (person.planningRole === 'co-convener') {
      const key = keyOf(person);
      if (key) {
        matched.add(key);
        out.push(person);
        continue;
      }
      changed = true;
      const bare = person.name === '' && person.email === '' && person.notes === '' && person.role === '';
      if (!bare) out.push({ ...person, planningRole: 'none' });
      continue;
    }
    out.push(person);
  }
  for (let i = 0; i < out.length; i += 1) {
    const person = out[i]!;
    if (person.planningRole === 'co-convener') continue;
    const key = keyOf(person);
    if (!key) continue;
    matched.add(key);
    out[i] = { ...person, planningRole: 'co-convener' };
    changed = true;
  }
  for (const [key, name] of wanted) {
    if (matched.has(key)) continue;
    out.push(coConvenerInvitee(newId(), name));
    changed = true;
  }
  return changed ? out : (invitees as Invitee[]);
}
