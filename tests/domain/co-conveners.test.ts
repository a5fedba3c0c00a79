import { describe, expect, it } from 'vitest';
import { addCoConvener, coConvenerInvitee, coConvenerNames, removeCoConvener } from '../../src/domain/co-conveners';
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

  it('adds a new name as an accepted organisation in category "other" at the end of the list', () => {
    counter = 0;
    const list = [person('d', 'Di', 'Library')];
    const out = addCoConvener(list, '  New Trust ', makeId);
    expect(out).toEqual({ ok: true, value: [list[0], coConvenerInvitee('new-1', 'New Trust')] });
  });

  it('makes someone already on the list a co-convener when the name matches their organisation or name', () => {
    const list = [person('d', 'Di', 'Library'), person('e', 'Eve Moss', '')];
    const byOrg = addCoConvener(list, 'LIBRARY', makeId);
    const byName = addCoConvener(list, 'eve  moss', makeId);
    expect(byOrg.ok && byOrg.value.map((p) => [p.id, p.planningRole])).toEqual([
      ['d', 'co-convener'],
      ['e', 'none'],
    ]);
    expect(byName.ok && byName.value.map((p) => p.planningRole)).toEqual(['none', 'co-convener']);
  });

  it('refuses an empty name, a co-convener already there and a full list, saying why', () => {
    const list = [person('a', 'Ana', 'Riverside Unified', { planningRole: 'co-convener' })];
    const full = Array.from({ length: 20 }, (_, i) => coConvenerInvitee(`c${i}`, `Org ${i}`));
    expect([
      addCoConvener(list, '  ', makeId),
      addCoConvener(list, 'riverside unified', makeId),
      addCoConvener(full, 'One more', makeId),
      addCoConvener(list, 'x'.repeat(201), makeId),
    ]).toEqual([
      { ok: false, error: 'Type the organisation or person first, e.g. "Riverside Community Foundation".' },
      { ok: false, error: 'riverside unified is already a co-convener.' },
      { ok: false, error: 'The plan holds up to 20 co-conveners; remove one first.' },
      { ok: false, error: 'That name has 201 characters; keep it under 201.' },
    ]);
  });

  it('removes an entry added by name alone, and only clears the role of a real invitee', () => {
    const list = [
      coConvenerInvitee('old', 'Old Foundation'),
      person('m', 'Mo', 'Mayor’s Office', { planningRole: 'co-convener', email: 'mo@example.org' }),
    ];
    expect(removeCoConvener(list, 'old').map((p) => p.id)).toEqual(['m']);
    expect(removeCoConvener(list, 'm').map((p) => [p.id, p.planningRole])).toEqual([
      ['old', 'co-convener'],
      ['m', 'none'],
    ]);
    expect(removeCoConvener(list, 'nobody')).toBe(list);
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
