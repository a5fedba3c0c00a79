import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { $history, clearHistory, endEditGroup, HISTORY_LIMIT, redo, undo } from '../../src/stores/history';
import { $plan, replacePlan, setDayField, setEventField, updatePlan } from '../../src/stores/plan';
import { addInvitee } from '../../src/stores/invitees';
import { toggleGoalTick } from '../../src/stores/goals';
import { addTask } from '../../src/stores/checklist';
import { emptyDraft } from '../../src/domain/invitees';
import { loadContent } from '../helpers/content';

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

const { categories } = loadContent();

describe('one history for the whole plan', () => {
  it('writes the plan once per edit', () => {
    let writes = 0;
    const stop = $plan.listen(() => (writes += 1));
    setEventField('venue', 'Library');
    addInvitee({ ...emptyDraft('youth'), name: 'Ana' }, categories);
    undo();
    redo();
    stop();
    expect(writes).toBe(4);
  });

  it('names each change and undoes edits of every step in order', () => {
    setEventField('venue', 'Library');
    toggleGoalTick('questions', 'caring-adult');
    addTask({ title: 'Book the room', phase: 'before', offsetDays: 30, owner: '' });
    setDayField(0, 'start', '10:00');
    expect($history.get()).toEqual({ undoLabel: "change day 1's start time", redoLabel: null });
    expect([undo(), undo(), undo(), undo(), undo()]).toEqual([
      "change day 1's start time",
      'add the task “Book the room”',
      'tick a question',
      'change the venue',
      null,
    ]);
    expect($plan.get()).toMatchObject({ event: { venue: '' }, checklist: [], goals: { questions: [] } });
    expect(redo()).toBe('change the venue');
    expect($history.get()).toEqual({ undoLabel: 'change the venue', redoLabel: 'tick a question' });
    expect($plan.get().event.venue).toBe('Library');
  });

  it('makes typing in one field one step, and a new visit a new step', () => {
    for (const text of ['R', 'Ri', 'Riv', 'River']) setEventField('title', text);
    endEditGroup();
    for (const text of ['Rivers', 'Riverside']) setEventField('title', text);
    expect(undo()).toBe('change the title');
    expect($plan.get().event.title).toBe('River');
    expect(undo()).toBe('change the title');
    expect($plan.get().event.title).toBe('');
    expect(undo()).toBeNull();
  });

  it('starts a new step when another field is typed in between', () => {
    setEventField('title', 'A');
    setEventField('venue', 'B');
    setEventField('title', 'AB');
    expect([undo(), undo(), undo()]).toEqual(['change the title', 'change the venue', 'change the title']);
  });

  it('forgets the redo branch after a new edit and records nothing for a no-op', () => {
    setEventField('venue', 'A');
    undo();
    setEventField('venue', 'C');
    endEditGroup();
    setEventField('venue', 'C');
    expect(updatePlan('nothing', (plan) => plan)).toBe(false);
    expect($history.get()).toEqual({ undoLabel: 'change the venue', redoLabel: null });
    expect(redo()).toBeNull();
    expect(undo()).toBe('change the venue');
    expect(undo()).toBeNull();
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    for (let i = 0; i <= HISTORY_LIMIT; i += 1) {
      setEventField('targetGroupSize', i + 1);
      endEditGroup();
    }
    let steps = 0;
    while (undo()) steps += 1;
    expect(steps).toBe(HISTORY_LIMIT);
    expect($plan.get().event.targetGroupSize).toBe(1);
  });

  it('clears when a whole plan replaces the current one, and on request', () => {
    setEventField('venue', 'A');
    replacePlan(createPlan({ timeZone: 'UTC' }));
    expect($history.get()).toEqual({ undoLabel: null, redoLabel: null });
    setEventField('venue', 'B');
    clearHistory();
    expect(undo()).toBeNull();
    expect($plan.get().event.venue).toBe('B');
  });
});
