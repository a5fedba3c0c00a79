import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { addSuggestedTasks, addTask, deleteTask, setTaskDone, setTaskOwner } from '../../src/stores/checklist';
import { $plan, replacePlan } from '../../src/stores/plan';
import { loadContent } from '../helpers/content';

const { checklist: templates } = loadContent();

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

describe('checklist actions', () => {
  it('adds the suggested tasks once, without the pre-work task when there is no pre-work', () => {
    expect(addSuggestedTasks(templates, false)).toBe(templates.length - 1);
    expect(addSuggestedTasks(templates, false)).toBe(0);
    expect(addSuggestedTasks(templates, true)).toBe(1);
    expect($plan.get().checklist.map((i) => i.id)).toEqual([
      ...templates.map((t) => t.id).filter((id) => id !== 'send-prework'),
      'send-prework',
    ]);
  });

  it('adds an own task with trimmed text, then ticks, reassigns and deletes it', () => {
    addTask({ title: '  Book photographer ', phase: 'before', offsetDays: 20, owner: ' Jo ' });
    const [task] = $plan.get().checklist;
    expect(task).toMatchObject({
      templateId: '',
      title: 'Book photographer',
      detail: '',
      phase: 'before',
      offsetDays: 20,
      owner: 'Jo',
      done: false,
    });
    setTaskDone(task!.id, true);
    setTaskOwner(task!.id, 'Sam');
    expect($plan.get().checklist[0]).toMatchObject({ done: true, owner: 'Sam' });
    deleteTask(task!.id);
    expect($plan.get().checklist).toEqual([]);
  });

  it('leaves the plan object untouched when the task does not exist', () => {
    const before = $plan.get();
    setTaskDone('missing', true);
    deleteTask('missing');
    expect($plan.get()).toBe(before);
  });
});
