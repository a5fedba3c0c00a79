import { describe, expect, it } from 'vitest';
import { commitmentTasks, commitmentTemplateId } from '../../src/domain/commitment-tasks';
import { blankEntry } from '../../src/domain/outcomes';
import type { ChecklistItem, Commitment, EventDay } from '../../src/domain/plan';

const days = (dates: string[]): EventDay[] =>
  dates.map((date, i) => ({ id: `d${i}`, date, start: '09:00', end: '16:00', actualStart: '', items: [] }));
const commitment = (id: string, fields: Partial<Commitment>): Commitment => blankEntry('commitments', id, fields);

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
