import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { STEPS, stepsDone } from '../../src/domain/steps';

describe('the event-day and follow-up steps', () => {
  it('come after the planning steps, in the order of the event', () => {
    expect(STEPS.map((s) => s.path)).toEqual([
      '',
      'goals/',
      'agenda/',
      'invitees/',
      'logistics/',
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
