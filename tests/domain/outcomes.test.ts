import { describe, expect, it } from 'vitest';
import {
  addEntry,
  blankEntry,
  draftGoalLines,
  inviteeNamed,
  personPatch,
  removeEntry,
  setAttendance,
  updateEntry,
} from '../../src/domain/outcomes';
import { blankItem as newBlankItem } from '../../src/domain/agenda-edit';
import { withHeard } from '../../src/domain/heard';
import { emptyOutcomes, type Commitment, type Invitee } from '../../src/domain/plan';
import { V3_PERSON } from '../helpers/person';

const person = (id: string, name: string, organization: string): Invitee => ({
  id,
  name,
  organization,
  role: '',
  email: '',
  category: 'funders',
  status: 'accepted',
  planningRole: 'none',
  mediaRelease: false,
  notes: '',
  ...V3_PERSON,
});

const people = [person('p1', 'Ana Núñez', 'Riverside Unified'), person('p2', 'Marcus Lee', 'Boys & Girls Club')];

const commitment = (id: string, fields: Partial<Commitment>): Commitment => blankEntry('commitments', id, fields);
const blankItem = (id: string) => ({ ...newBlankItem(id), title: id });

describe('outcome lists', () => {
  it('add, change and remove entries, returning the same value when nothing changes', () => {
    const goal = blankEntry('goalsAgreed', 'g1', { what: 'Recruit tutors', fromGoal: 'set-goals' });
    expect(goal).toEqual({ id: 'g1', who: '', what: 'Recruit tutors', howMany: '', byWhen: '', fromGoal: 'set-goals' });
    const one = addEntry(emptyOutcomes(), 'goalsAgreed', goal);
    const changed = updateEntry(one, 'goalsAgreed', 'g1', { howMany: '60 tutors' });
    expect(changed.goalsAgreed).toEqual([{ ...goal, howMany: '60 tutors' }]);
    expect(updateEntry(changed, 'goalsAgreed', 'g1', { howMany: '60 tutors' })).toBe(changed);
    expect(updateEntry(changed, 'goalsAgreed', 'missing', { howMany: '1' })).toBe(changed);
    expect(removeEntry(changed, 'goalsAgreed', 'g1').goalsAgreed).toEqual([]);
    expect(removeEntry(changed, 'goalsAgreed', 'missing')).toBe(changed);
  });

  it('refuse a 51st goal agreed (the plan holds 50)', () => {
    let outcomes = emptyOutcomes();
    for (let i = 0; i < 50; i += 1) outcomes = addEntry(outcomes, 'goalsAgreed', blankEntry('goalsAgreed', `g${i}`));
    expect(addEntry(outcomes, 'goalsAgreed', blankEntry('goalsAgreed', 'g50'))).toBe(outcomes);
  });
});

describe('draft goals as starting points', () => {
  it('are the non-empty lines, without bullets or numbers, each once', () => {
    expect(
      draftGoalLines('- 60 tutors by fall\n\n2) Mentors for 150 students\n* 60 tutors by fall\n  • FAFSA to 70%  '),
    ).toEqual(['60 tutors by fall', 'Mentors for 150 students', 'FAFSA to 70%']);
    expect(draftGoalLines('')).toEqual([]);
  });
});

describe('the person of a commitment', () => {
  it('links the invitee of that name and fills an empty organisation', () => {
    expect(inviteeNamed(people, '  ana núñez ')?.id).toBe('p1');
    expect(personPatch(people, commitment('c1', {}), 'Marcus Lee')).toEqual({
      person: 'Marcus Lee',
      inviteeId: 'p2',
      organization: 'Boys & Girls Club',
    });
  });

  it('keeps an organisation already typed, and unlinks a name that is no one on the list', () => {
    expect(personPatch(people, commitment('c1', { organization: 'YMCA' }), 'Marcus Lee')).toEqual({
      person: 'Marcus Lee',
      inviteeId: 'p2',
    });
    expect(personPatch(people, commitment('c1', { inviteeId: 'p2' }), 'Marcus L')).toEqual({
      person: 'Marcus L',
      inviteeId: '',
    });
  });
});

describe('attendance', () => {
  it('marks the given people and leaves the list as it was when nothing changes', () => {
    const marked = setAttendance(people, new Set(['p2']), true);
    expect(marked.map((p) => p.attended)).toEqual([false, true]);
    expect(marked[0]).toBe(people[0]);
    expect(setAttendance(marked, new Set(['p2']), true)).toBe(marked);
  });
});

describe('what was heard', () => {
  it('is written on the agenda item, leaving the other days and items as they were', () => {
    const days = [
      { id: 'd1', date: '', start: '09:00', end: '16:00', actualStart: '', items: [blankItem('a'), blankItem('b')] },
      { id: 'd2', date: '', start: '09:00', end: '16:00', actualStart: '', items: [blankItem('c')] },
    ];
    const next = withHeard(days, 'b', 'Families want evening sessions.');
    expect(next.map((d) => d.items.map((i) => i.heard))).toEqual([['', 'Families want evening sessions.'], ['']]);
    expect(next[1]).toBe(days[1]);
    expect(next[0]!.items[0]).toBe(days[0]!.items[0]);
    expect(withHeard(next, 'b', 'Families want evening sessions.')).toBe(next);
    expect(withHeard(next, 'missing', 'x')).toBe(next);
  });
});
