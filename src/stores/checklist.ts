/** Checklist actions: suggested tasks from the toolkit, own tasks, owner, done state, delete. */
import type { ChecklistTemplate } from '../domain/content-schemas';
import { missingSuggestedItems } from '../domain/checklist';
import { newId, type ChecklistItem } from '../domain/plan';
import { $plan, updatePart } from './plan';

const MAX_ITEMS = 500;

function updateItems(
  label: string,
  change: (items: ChecklistItem[]) => ChecklistItem[],
  group: string | null = null,
): void {
  updatePart('checklist', label, change, group);
}

const taskTitle = (id: string) => `“${$plan.get().checklist.find((i) => i.id === id)?.title ?? 'task'}”`;

function updateItem(
  label: string,
  id: string,
  change: (item: ChecklistItem) => ChecklistItem,
  group: string | null = null,
): void {
  updateItems(
    label,
    (items) => {
      const at = items.findIndex((i) => i.id === id);
      const next = at < 0 ? undefined : change(items[at]!);
      return next === undefined || JSON.stringify(next) === JSON.stringify(items[at])
        ? items
        : items.map((item, i) => (i === at ? next : item));
    },
    group,
  );
}

/** Adds the toolkit's tasks that are not in the list yet; returns how many were added. */
export function addSuggestedTasks(templates: readonly ChecklistTemplate[], preWork: boolean): number {
  let added = 0;
  updateItems('add the suggested tasks', (items) => {
    const missing = missingSuggestedItems(items, templates, preWork).slice(0, MAX_ITEMS - items.length);
    added = missing.length;
    return missing.length ? [...items, ...missing] : items;
  });
  return added;
}

/** Adds the convener's own task (already checked with `checkDraft`). */
export function addTask(task: Pick<ChecklistItem, 'title' | 'phase' | 'offsetDays' | 'owner'>): void {
  updateItems(`add the task “${task.title.trim()}”`, (items) =>
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
  updateItem(
    `change the owner of ${taskTitle(id)}`,
    id,
    (item) => ({ ...item, owner: owner.slice(0, 200) }),
    `owner.${id}`,
  );
}

/** Ticks a task done or not done. */
export function setTaskDone(id: string, done: boolean): void {
  updateItem(`mark ${taskTitle(id)} ${done ? 'done' : 'not done'}`, id, (item) => ({ ...item, done }));
}

/** Removes a task from the list. */
export function deleteTask(id: string): void {
  updateItems(`delete ${taskTitle(id)}`, (items) =>
    items.some((i) => i.id === id) ? items.filter((i) => i.id !== id) : items,
  );
}
