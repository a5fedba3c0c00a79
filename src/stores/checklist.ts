/** Checklist actions: suggested tasks from the toolkit, own tasks, owner, done state, delete. */
import type { ChecklistTemplate } from '../domain/content-schemas';
import { missingSuggestedItems } from '../domain/checklist';
import { newId, type ChecklistItem } from '../domain/plan';
import { updatePlan } from './plan';

const MAX_ITEMS = 500;

function updateItems(change: (items: ChecklistItem[]) => ChecklistItem[]): void {
  updatePlan((plan) => {
    const checklist = change(plan.checklist);
    return checklist === plan.checklist ? plan : { ...plan, checklist };
  });
}

function updateItem(id: string, change: (item: ChecklistItem) => ChecklistItem): void {
  updateItems((items) => (items.some((i) => i.id === id) ? items.map((i) => (i.id === id ? change(i) : i)) : items));
}

/** Adds the toolkit's tasks that are not in the list yet; returns how many were added. */
export function addSuggestedTasks(templates: readonly ChecklistTemplate[], preWork: boolean): number {
  let added = 0;
  updateItems((items) => {
    const missing = missingSuggestedItems(items, templates, preWork).slice(0, MAX_ITEMS - items.length);
    added = missing.length;
    return missing.length ? [...items, ...missing] : items;
  });
  return added;
}

/** Adds the convener's own task (already checked with `checkDraft`). */
export function addTask(task: Pick<ChecklistItem, 'title' | 'phase' | 'offsetDays' | 'owner'>): void {
  updateItems((items) =>
    items.length >= MAX_ITEMS
      ? items
      : [
          ...items,
          {
            id: newId(),
            templateId: '',
            title: task.title.trim(),
            detail: '',
            phase: task.phase,
            offsetDays: task.offsetDays,
            owner: task.owner.trim(),
            done: false,
          },
        ],
  );
}

/** Sets who is responsible for a task. */
export function setTaskOwner(id: string, owner: string): void {
  updateItem(id, (item) => ({ ...item, owner: owner.slice(0, 200) }));
}

/** Ticks a task done or not done. */
export function setTaskDone(id: string, done: boolean): void {
  updateItem(id, (item) => ({ ...item, done }));
}

/** Removes a task from the list. */
export function deleteTask(id: string): void {
  updateItems((items) => (items.some((i) => i.id === id) ? items.filter((i) => i.id !== id) : items));
}
