import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { addCoConvener, removeCoConvener } from '../../src/stores/co-conveners';
import { undo } from '../../src/stores/history';
import { $plan, replacePlan } from '../../src/stores/plan';

const names = () => $plan.get().invitees.map((p) => `${p.organization || p.name}:${p.planningRole}`);

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

describe('co-convener actions', () => {
  it('adds and removes a co-convener on the invitee list, each one undoable edit', () => {
    expect(addCoConvener('Riverside Community Foundation')).toEqual({ ok: true, value: null });
    expect(names()).toEqual(['Riverside Community Foundation:co-convener']);
    removeCoConvener($plan.get().invitees[0]!.id);
    expect(names()).toEqual([]);
    expect(undo()).toBe('remove the co-convener Riverside Community Foundation');
    expect(names()).toEqual(['Riverside Community Foundation:co-convener']);
  });

  it('leaves the plan as it was when the name cannot be added', () => {
    const before = $plan.get();
    expect(addCoConvener('   ')).toEqual({
      ok: false,
      error: 'Type the organisation or person first, e.g. "Riverside Community Foundation".',
    });
    expect($plan.get()).toBe(before);
  });
});
