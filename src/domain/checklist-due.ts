/**
 * When checklist tasks are due: the event-day arithmetic, the weekend rule and the timeline order,
 * apart from the editing rules in checklist.ts (which re-exports these), so that the start page's
 * next tasks load without the editor's code.
 */
import { isRealDate, parseDate, shiftDate } from './dates';
import { workdayDue, type WorkdayDue } from './due-dates';
import type { ChecklistItem, EventDay } from './plan';

/** The template whose task only applies when the plan has pre-work. */
export const PREWORK_TEMPLATE_ID = 'send-prework';

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

/**
 * The weekday a task is due (see `workdayDue`): the event days themselves are kept, and a
 * follow-up task is never moved before the last event day. `dated` is `datedDays(days)`.
 */
export function taskDue(
  item: Pick<ChecklistItem, 'phase' | 'offsetDays'>,
  days: readonly EventDay[],
  dated: readonly DatedDay[] = datedDays(days),
): WorkdayDue {
  const eventDates = dated.map(({ day }) => day.date);
  const earliest = item.phase === 'after' ? (eventDates[eventDates.length - 1] ?? '') : '';
  return workdayDue(dueDate(item, days), eventDates, earliest);
}

/** True when `due` is a date before `today` (both `YYYY-MM-DD`). */
export function isOverdue(due: string, today: string): boolean {
  // `YYYY-MM-DD` strings sort as the dates they name.
  return isRealDate(due) && isRealDate(today) && due < today;
}

/** An item with its computed due date. */
export interface DatedChecklistItem {
  item: ChecklistItem;
  /** `YYYY-MM-DD` on a weekday, or empty while the event has no dates. */
  due: string;
  /** The weekend date the task was moved from to the Friday before (see due-dates.ts), or empty. */
  movedFrom: string;
}

/** Timeline order: pre-event tasks from the earliest, then follow-ups; ties keep list order. */
function timelineKey(item: ChecklistItem): number {
  return item.phase === 'before' ? -item.offsetDays : item.offsetDays + 1;
}

/**
 * The applicable items with due dates, in timeline order (earliest due first). Sorting uses the
 * offsets, so the order is the same before any date is set. A due date on a weekend that is not
 * an event day moves to the Friday before (`workdayDue`), and says where it came from.
 */
export function datedChecklist(
  items: readonly ChecklistItem[],
  days: readonly EventDay[],
  preWork: boolean,
): DatedChecklistItem[] {
  const dated = datedDays(days);
  return applicableItems(items, preWork)
    .map((item, index) => ({ item, index, ...taskDue(item, days, dated) }))
    .sort((a, b) => timelineKey(a.item) - timelineKey(b.item) || a.index - b.index)
    .map(({ item, due, movedFrom }) => ({ item, due, movedFrom }));
}

/**
 * The next open tasks: those overdue first, then the ones due from `today` on, at most `count`,
 * in due order. Empty while the event has no date.
 */
export function nextTasks(
  items: readonly ChecklistItem[],
  days: readonly EventDay[],
  preWork: boolean,
  count: number,
): DatedChecklistItem[] {
  return datedChecklist(items, days, preWork)
    .filter(({ item, due }) => !item.done && due !== '')
    .slice(0, count);
}
