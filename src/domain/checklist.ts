/**
 * The follow-up checklist: tasks from content/checklist.yaml plus the convener's own, each due a
 * number of days before the first event day or after the last. Due dates are computed, never
 * stored, so moving the event moves every task with it.
 */
import { compareAsc } from 'date-fns';
import type { ChecklistTemplate } from './content-schemas';
import { parseDate, shiftDate } from './dates';
import type { ChecklistItem, EventDay } from './plan';
import { fail, ok, type Result } from './result';

/** The template whose task only applies when the plan has pre-work. */
export const PREWORK_TEMPLATE_ID = 'send-prework';

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

/** The items that apply to the plan: the pre-work task is hidden while the plan has no pre-work. */
export function applicableItems(items: readonly ChecklistItem[], preWork: boolean): ChecklistItem[] {
  return items.filter((item) => preWork || item.templateId !== PREWORK_TEMPLATE_ID);
}

/** An event day that has a real date, with its place (0-based) in the plan's day list. */
export interface DatedDay {
  day: EventDay;
  index: number;
}

/**
 * The days that have a date, in plan order with their index. The one rule for "which days have
 * a date": a day counts only when its `YYYY-MM-DD` is a real calendar date.
 */
export function datedDays(days: readonly EventDay[]): DatedDay[] {
  return days.map((day, index) => ({ day, index })).filter(({ day }) => parseDate(day.date) !== null);
}

/**
 * The due date (`YYYY-MM-DD`) of a task: `offsetDays` before the first event day ('before') or
 * after the last dated day ('after'). Empty while the days it depends on have no date.
 */
export function dueDate(item: Pick<ChecklistItem, 'phase' | 'offsetDays'>, days: readonly EventDay[]): string {
  const dated = datedDays(days);
  if (dated.length === 0) return '';
  if (item.phase === 'before') return shiftDate(dated[0]!.day.date, -item.offsetDays);
  return shiftDate(dated[dated.length - 1]!.day.date, item.offsetDays);
}

/** When a task is due, in words: `7 days before the event`, `1 day after the event`, `On the first day`. */
export function whenText(phase: 'before' | 'after', offsetDays: number): string {
  if (offsetDays === 0) return phase === 'before' ? 'On the first day' : 'On the last day';
  const days = offsetDays === 1 ? '1 day' : `${offsetDays} days`;
  return phase === 'before' ? `${days} before the event` : `${days} after the event`;
}

/** An item with its computed due date. */
export interface DatedChecklistItem {
  item: ChecklistItem;
  /** `YYYY-MM-DD`, or empty while the event has no dates. */
  due: string;
}

/** Timeline order: pre-event tasks from the earliest, then follow-ups; ties keep list order. */
function timelineKey(item: ChecklistItem): number {
  return item.phase === 'before' ? -item.offsetDays : item.offsetDays + 1;
}

/**
 * The applicable items with due dates, in timeline order (earliest due first). Sorting uses the
 * offsets, so the order is the same before any date is set.
 */
export function datedChecklist(
  items: readonly ChecklistItem[],
  days: readonly EventDay[],
  preWork: boolean,
): DatedChecklistItem[] {
  return applicableItems(items, preWork)
    .map((item, index) => ({ item, index, due: dueDate(item, days) }))
    .sort((a, b) => timelineKey(a.item) - timelineKey(b.item) || a.index - b.index)
    .map(({ item, due }) => ({ item, due }));
}

/** True when `due` is a date before `today` (both `YYYY-MM-DD`). */
export function isOverdue(due: string, today: string): boolean {
  const a = parseDate(due);
  const b = parseDate(today);
  return a !== null && b !== null && compareAsc(a, b) < 0;
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
