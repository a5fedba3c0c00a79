/**
 * The follow-up checklist: tasks from content/checklist.yaml plus the convener's own, each due a
 * number of days before the first event day or after the last. Due dates are computed, never
 * stored, so moving the event moves every task with it.
 */
import type { ChecklistTemplate } from './content-schemas';
import { PREWORK_TEMPLATE_ID } from './checklist-due';
import type { ChecklistItem } from './plan';
import { fail, ok, type Result } from './result';

// The due-date rules live in checklist-due.ts (the start page loads only them); callers keep one import.
export {
  applicableItems,
  datedChecklist,
  datedDays,
  dueDate,
  isOverdue,
  nextTasks,
  PREWORK_TEMPLATE_ID,
  taskDue,
  type DatedChecklistItem,
  type DatedDay,
} from './checklist-due';

/** A checklist item from a toolkit template; its id is the template id, so UIDs stay stable. */
export function itemFromTemplate(template: ChecklistTemplate): ChecklistItem {
  return {
    id: template.id,
    templateId: template.id,
    title: template.title,
    detail: template.detail,
    phase: template.phase,
    offsetDays: template.offsetDays,
    owner: template.owner,
    done: false,
  };
}

/**
 * The checklist a new plan starts with: every suggested task, in file order (the pre-work task is
 * included and stays hidden until the plan has pre-work). Each can be deleted like any task.
 */
export function startingChecklist(templates: readonly ChecklistTemplate[]): ChecklistItem[] {
  return templates.map(itemFromTemplate);
}

/**
 * The templates not yet in `items` (matched by template id), as new items. The pre-work task is
 * left out unless the plan has pre-work.
 */
export function missingSuggestedItems(
  items: readonly ChecklistItem[],
  templates: readonly ChecklistTemplate[],
  preWork: boolean,
): ChecklistItem[] {
  const present = new Set(items.map((item) => item.templateId).filter(Boolean));
  return templates.filter((t) => !present.has(t.id) && (preWork || t.id !== PREWORK_TEMPLATE_ID)).map(itemFromTemplate);
}

/** When a task is due, in words: `7 days before the event`, `1 day after the event`, `On the first day`. */
export function whenText(phase: 'before' | 'after', offsetDays: number): string {
  if (offsetDays === 0) return phase === 'before' ? 'On the first day' : 'On the last day';
  const days = offsetDays === 1 ? '1 day' : `${offsetDays} days`;
  return phase === 'before' ? `${days} before the event` : `${days} after the event`;
}

/** Text fields of a new task as typed; the result names the field that is wrong. */
export interface ChecklistDraft {
  title: string;
  phase: 'before' | 'after';
  offsetDays: string;
  owner: string;
}

/** What is wrong with a new task, and which field to show it by. */
export interface DraftProblem {
  field: 'title' | 'offsetDays';
  message: string;
}

/** Checks a new task before it is added; the value is its number of days before or after. */
export function checkDraft(draft: ChecklistDraft): Result<number, DraftProblem> {
  if (!draft.title.trim()) {
    return fail({ field: 'title', message: 'Give the task a name, e.g. "Book the photographer".' });
  }
  if (draft.title.length > 300) return fail({ field: 'title', message: 'Keep the task name under 300 characters.' });
  const text = draft.offsetDays.trim();
  if (!/^\d{1,3}$/.test(text) || Number(text) > 365) {
    return fail({ field: 'offsetDays', message: 'Enter a whole number of days from 0 to 365, e.g. 7.' });
  }
  return ok(Number(text));
}
