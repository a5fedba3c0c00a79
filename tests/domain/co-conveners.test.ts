import { describe, expect, it } from 'vitest';
import { coConvenerInvitee, coConvenerNames, withCoConveners } from '../../src/domain/co-conveners';
import { oneCoConvenerList } from '../../src/domain/migrations';
import type { Invitee } from '../../src/domain/plan';
import { restore } from '../../src/domain/restore';
import { V3_PERSON } from '../helpers/person';

const person = (id: string, name: string, organization: string, extra: Partial<Invitee> = {}): Invitee => ({
  ...V3_PERSON,
  id,
  name,
  organization,
  role: '',
  email: '',
  category: 'youth',
  status: 'invited',
  planningRole: 'none',
  mediaRelease: false,
  notes: '',
  ...extra,
});

let counter = 0;
const makeId = () => `new-${(counter += 1)}`;

describe('one co-convener list', () => {
  it('names each co-convener once, by organisation or else by name, in list order', () => {
    const list = [
      person('a', 'Ana', 'Riverside Unified', { planningRole: 'co-convener' }),
      person('b', 'Bo', '', { planningRole: 'co-convener' }),
      person('c', 'Cy', 'riverside  unified', { planningRole: 'co-convener' }),
      person('d', 'Di', 'Library'),
    ];
    expect(coConvenerNames(list)).toEqual(['Riverside Unified', 'Bo']);
  });

  it('keeps matching co-conveners, marks a matching person, adds new names and drops removed ones', () => {
    counter = 0;
    const list = [
      person('a', 'Ana', 'Riverside Unified', { planningRole: 'co-convener' }),
      coConvenerInvitee('old', 'Old Foundation'),
      person('m', 'Mo', 'Mayor’s Office', { planningRole: 'co-convener', email: 'mo@example.org' }),
      person('d', 'Di', 'Library'),
    ];
    const out = withCoConveners(list, ['riverside unified', 'LIBRARY', 'New Trust'], makeId);
    expect(out.map((p) => [p.id, p.planningRole])).toEqual([
      ['a', 'co-convener'],
      // Mo holds more than the name, so stays on the list as a person; the bare entry goes.
      ['m', 'none'],
      ['d', 'co-convener'],
      ['new-1', 'co-convener'],
    ]);
    expect(out[3]).toEqual(coConvenerInvitee('new-1', 'New Trust'));
    expect(coConvenerNames(out)).toEqual(['Riverside Unified', 'Library', 'New Trust']);
  });

  it('returns the same list when the names did not change', () => {
    const list = [person('a', 'Ana', 'Riverside Unified', { planningRole: 'co-convener' })];
    expect(withCoConveners(list, [' Riverside Unified '], makeId)).toBe(list);
  });
});

describe('migration from version 2: the start page co-conveners join the invitee list', () => {
  const v2 = (coConveners: unknown, invitees: unknown[]) => ({
    schemaVersion: 2,
    event: { title: 'T', coConveners },
    days: [{ id: 'd', items: [{ id: 'i' }] }],
    invitees,
  });

  it('adds each new name once as an accepted organisation in category "other", with ids not already used', () => {
    const out = oneCoConvenerList(
      v2(['Trust', ' trust ', '', 'Ana', 42], [{ id: 'co-convener-1', name: 'Ana', planningRole: 'co-convener' }]),
    );
    const people = out.invitees as Record<string, unknown>[];
    expect(people.map((p) => [p.id, p.organization ?? p.name, p.planningRole])).toEqual([
      ['co-convener-1', 'Ana', 'co-convener'],
      ['co-convener-2', 'Trust', 'co-convener'],
    ]);
    expect(people[1]).toMatchObject({ status: 'accepted', category: 'other', name: '' });
    expect(out.event).toEqual({ title: 'T', rsvpBy: '', contact: { name: '', email: '', phone: '' } });
    expect(out.days).toEqual([{ id: 'd', actualStart: '', items: [{ id: 'i', actualMinutes: null, heard: '' }] }]);
  });

  it('leaves what it does not recognise for validation to name', () => {
    const out = oneCoConvenerList({ schemaVersion: 2, event: 'nope', days: 'nope' });
    expect(out.event).toBe('nope');
    expect(out.days).toBe('nope');
    const restored = restore({ ...out, schemaVersion: 2 });
    expect(restored.ok).toBe(false);
  });
});
