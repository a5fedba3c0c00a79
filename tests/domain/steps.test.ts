import { describe, expect, it } from 'vitest';
import { createPlan, type ChecklistItem } from '../../src/domain/plan';
import { STEPS, stepsDone } from '../../src/domain/steps';

describe('the event-day and follow-up steps', () => {
  it('come after the planning steps, in the order of the event', () => {
    expect(STEPS.map((s) => s.path)).toEqual([
      '',
      'goals/',
      'agenda/',
      'invitees/',
      'logistics/',
      'checklist/',
      'export/',
      'run/',
      'follow-up/',
    ]);
  });

  it('are done once every day was started live, and once a goal was agreed or a commitment noted', () => {
    const plan = createPlan({ timeZone: 'UTC' });
    expect([stepsDone(plan).run, stepsDone(plan)['follow-up']]).toEqual([false, false]);
    const started = { ...plan, days: plan.days.map((d) => ({ ...d, actualStart: '09:05' })) };
    const agreed = {
      ...started,
      outcomes: {
        ...started.outcomes,
        commitments: [{ id: 'c', organization: '', person: 'Jo', inviteeId: '', what: 'Call', due: '' }],
      },
    };
    expect([stepsDone(agreed).run, stepsDone(agreed)['follow-up']]).toEqual([true, true]);
  });
});

describe('the logistics step', () => {
  it('is done once the budget has a line', () => {
    const plan = createPlan({ timeZone: 'UTC' });
    expect(stepsDone(plan).logistics).toBe(false);
    const line = { id: 'l', kind: 'room' as const, label: 'Room', auto: false, quantity: 1, unitCost: 0, notes: '' };
    expect(stepsDone({ ...plan, logistics: { ...plan.logistics, lines: [line] } }).logistics).toBe(true);
  });
});

describe('the checklist step', () => {
  const task = (offsetDays: number, done = false): ChecklistItem => ({
    id: `t${offsetDays}`,
    templateId: '',
    title: 'Task',
    detail: '',
    phase: 'before',
    offsetDays,
    owner: '',
    done,
  });
  const dated = (checklist: ChecklistItem[]) => {
    const plan = createPlan({ timeZone: 'UTC' });
    return { ...plan, checklist, days: plan.days.map((d) => ({ ...d, date: '2027-03-10' })) };
  };

  it('comes after the invitees and logistics and before the export, labelled Checklist', () => {
    expect(STEPS[5]).toEqual({ id: 'checklist', label: 'Checklist', path: 'checklist/' });
  });

  it('is done when every task due before the event is ticked, whatever the follow-ups', () => {
    const after = { ...task(3), id: 'after', phase: 'after' as const };
    expect(stepsDone(dated([task(7, true), task(30, true), after])).checklist).toBe(true);
  });

  it('is not done while a task before the event is open, nor with no tasks', () => {
    expect([stepsDone(dated([task(14), task(7, true)])).checklist, stepsDone(dated([])).checklist]).toEqual([
      false,
      false,
    ]);
  });

  it('leaves out the pre-work task while the plan has no pre-work', () => {
    const prework = { ...task(14), id: 'p', templateId: 'send-prework' };
    const plan = dated([task(7, true), prework]);
    expect([
      stepsDone(plan).checklist,
      stepsDone({ ...plan, event: { ...plan.event, preWork: true } }).checklist,
    ]).toEqual([true, false]);
  });
});
