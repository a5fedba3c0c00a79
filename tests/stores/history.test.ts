import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { createSliceHistory } from '../../src/stores/history';
import { $plan, replacePlan, setEventField } from '../../src/stores/plan';

const history = createSliceHistory(
  (plan) => plan.event.venue,
  (plan, venue) => ({ ...plan, event: { ...plan.event, venue } }),
  3,
);
const setVenue = (venue: string) =>
  history.change(`set venue ${venue}`, (plan) => ({ ...plan, event: { ...plan.event, venue } }));

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

describe('slice history', () => {
  it('undoes and redoes changes in order, with their labels', () => {
    setVenue('A');
    setVenue('B');
    expect(history.$state.get()).toEqual({ undoLabel: 'set venue B', redoLabel: null });
    expect(history.undo()).toBe('set venue B');
    expect($plan.get().event.venue).toBe('A');
    expect(history.undo()).toBe('set venue A');
    expect($plan.get().event.venue).toBe('');
    expect(history.undo()).toBeNull();
    expect(history.redo()).toBe('set venue A');
    expect(history.redo()).toBe('set venue B');
    expect($plan.get().event.venue).toBe('B');
  });

  it('leaves other parts of the plan alone when undoing', () => {
    setVenue('A');
    setEventField('title', 'Typed after');
    history.undo();
    expect($plan.get().event).toMatchObject({ venue: '', title: 'Typed after' });
  });

  it('forgets the redo branch after a new change and records nothing for a no-op', () => {
    setVenue('A');
    history.undo();
    setVenue('C');
    setVenue('C');
    expect(history.$state.get()).toEqual({ undoLabel: 'set venue C', redoLabel: null });
    expect(history.redo()).toBeNull();
  });

  it('keeps at most the limit of steps', () => {
    for (const v of ['1', '2', '3', '4', '5']) setVenue(v);
    expect([history.undo(), history.undo(), history.undo(), history.undo()]).toEqual([
      'set venue 5',
      'set venue 4',
      'set venue 3',
      null,
    ]);
  });

  it('clears when a whole plan replaces the current one', () => {
    setVenue('A');
    replacePlan(createPlan({ timeZone: 'UTC' }));
    expect(history.$state.get()).toEqual({ undoLabel: null, redoLabel: null });
  });
});
