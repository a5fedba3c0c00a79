import { describe, expect, it } from 'vitest';
import {
  addEntry,
  blankEntry,
  commitmentTasks,
  commitmentTemplateId,
  draftGoalLines,
  inviteeNamed,
  personPatch,
  removeEntry,
  setAttendance,
  updateEntry,
} from '../../src/domain/outcomes';
import { emptyOutcomes, type ChecklistItem, type Commitment, type EventDay, type Invitee } from '../../src/domain/plan';
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
const days = (dates: string[]): EventDay[] =>
  dates.map((date, i) => ({ id: `d${i}`, date, start: '09:00', end: '16:00', actualStart: '', items: [] }));

const commitment = (id: string, fields: Partial<Commitment>): Commitment => blankEntry('commitments', id, fields);

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

describe('commitments as checklist tasks', () => {
  let ids = 0;
  const newId = () => `task-${(ids += 1)}`;
  const commitments = [
    commitment('c1', {
      person: 'Marcus Lee',
      organization: 'Boys & Girls Club',
      what: 'Host 2 tutor trainings',
      due: '2027-04-13',
    }),
    commitment('c2', { organization: 'Riverside College', what: ' Share  the work-study list ', due: '' }),
    commitment('c3', { person: 'Someone', what: '   ' }),
  ];

  it('adds one "after the event" task per commitment, owned by its person, due on its date', () => {
    ids = 0;
    const result = commitmentTasks([], commitments, days(['2027-03-13', '2027-03-14']), newId);
    expect([result.added, result.updated, result.skipped]).toEqual([2, 0, 1]);
    expect(result.checklist).toEqual<ChecklistItem[]>([
      {
        id: 'task-1',
        templateId: 'commitment:c1',
        title: 'Host 2 tutor trainings',
        detail: 'Committed at the convening by Marcus Lee, Boys & Girls Club.',
        phase: 'after',
        offsetDays: 30,
        owner: 'Marcus Lee',
        done: false,
      },
      {
        id: 'task-2',
        templateId: 'commitment:c2',
        title: 'Share the work-study list',
        detail: 'Committed at the convening by Riverside College.',
        phase: 'after',
        offsetDays: 0,
        owner: 'Riverside College',
        done: false,
      },
    ]);
  });

  it('adds nothing the second time, and updates a changed commitment keeping its done state', () => {
    ids = 0;
    const first = commitmentTasks([], commitments, days(['2027-03-13']), newId).checklist;
    const ticked = first.map((t) => ({ ...t, done: true }));
    const again = commitmentTasks(ticked, commitments, days(['2027-03-13']), newId);
    expect([again.added, again.updated]).toEqual([0, 0]);
    const moved = [{ ...commitments[0]!, due: '2027-03-20' }, commitments[1]!];
    const update = commitmentTasks(ticked, moved, days(['2027-03-13']), newId);
    expect([update.added, update.updated, update.checklist.length]).toEqual([0, 1, 2]);
    expect(update.checklist[0]).toMatchObject({ id: 'task-1', offsetDays: 7, done: true });
  });

  it('keeps the due day within a year after the event, and on the last day when it is earlier', () => {
    const far = [
      commitment('c1', { what: 'Later', due: '2029-01-01' }),
      commitment('c2', { what: 'Early', due: '2027-03-01' }),
    ];
    expect(commitmentTasks([], far, days(['2027-03-13']), newId).checklist.map((t) => t.offsetDays)).toEqual([365, 0]);
  });

  it('stops at the checklist limit of 500 tasks and counts what it left out', () => {
    const full = Array.from({ length: 499 }, (_, i): ChecklistItem => ({
      id: `t${i}`,
      templateId: '',
      title: 'x',
      detail: '',
      phase: 'before',
      offsetDays: 1,
      owner: '',
      done: false,
    }));
    const result = commitmentTasks(full, commitments, days(['2027-03-13']), newId);
    expect([result.added, result.skipped, result.checklist.length]).toEqual([1, 2, 500]);
  });

  it('marks tasks with a template id of at most 64 characters', () => {
    expect(commitmentTemplateId('x'.repeat(64))).toBe(`commitment:${'x'.repeat(53)}`);
  });
});
