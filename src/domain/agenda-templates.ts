/**
 * Starting an agenda from one of the toolkit's templates (or blank). A template may have a
 * different number of days than the event; the caller picks the day count and this lays out the
 * items to fit it, so no choice silently changes the event.
 */
import type { AgendaTemplate } from './content-schemas';
import { itemFromTemplate } from './agenda-edit';
import { secondDayAfter } from './days';
import { newId, type EventDay, type Plan } from './plan';

export interface ApplyTemplateOptions {
  /**
   * Days the event has afterwards. With more days than the template, the extra day is left
   * empty; with fewer, every template day's items go onto day 1 in order.
   */
  dayCount: 1 | 2;
  /** Also set each day's planned start and end to the template's suggestion for that day. */
  setTimes: boolean;
}

/** A choice offered to the user when applying a template; see `templateChoices`. */
export interface TemplateChoice {
  options: ApplyTemplateOptions;
  /** Button text, e.g. "Add a second day and use both days". */
  label: string;
}

/** Event days resized to `count`: a new day 2 is the day after day 1 with the same hours. */
export function resizeDays(days: readonly EventDay[], count: 1 | 2, makeId: () => string = newId): EventDay[] {
  const first = days[0]!;
  if (count === 1) return [first];
  return [first, days[1] ?? secondDayAfter(first, makeId())];
}

/**
 * The ways a template can fit the plan's days. Same number of days: one choice. A two-day
 * template on a one-day event: add the second day, or put everything on the one day. A one-day
 * template on a two-day event: use it for day 1 and leave day 2 empty, or make it a one-day event.
 */
export function templateChoices(dayCount: number, template: AgendaTemplate, setTimes: boolean): TemplateChoice[] {
  const current: 1 | 2 = dayCount >= 2 ? 2 : 1;
  const size: 1 | 2 = template.days.length >= 2 ? 2 : 1;
  if (size === current) return [{ options: { dayCount: current, setTimes }, label: 'Use this agenda' }];
  if (size === 2) {
    return [
      { options: { dayCount: 2, setTimes }, label: 'Add a second day and use both days' },
      { options: { dayCount: 1, setTimes }, label: 'Put everything on the one day' },
    ];
  }
  return [
    { options: { dayCount: 2, setTimes }, label: 'Use it for day 1, leave day 2 empty' },
    { options: { dayCount: 1, setTimes }, label: 'Make it a one-day event' },
  ];
}

/**
 * The plan with its agenda replaced by `template` (or emptied when `template` is null), laid out
 * over `options.dayCount` days. Every item gets a fresh id from `makeId`. A blank start keeps the
 * event's days as they are.
 */
export function applyTemplate(
  plan: Plan,
  template: AgendaTemplate | null,
  options: ApplyTemplateOptions,
  makeId: () => string = newId,
): Plan {
  if (!template) {
    return { ...plan, days: plan.days.map((day) => ({ ...day, items: [] })) };
  }
  const resized = resizeDays(plan.days, options.dayCount, makeId);
  const perDay = template.days.map((day) => day.items.map((item) => itemFromTemplate(item, makeId())));
  const items = template.days.length > resized.length ? [perDay.flat()] : resized.map((_, i) => perDay[i] ?? []);
  const days = resized.map((day, i) => {
    const suggested = options.setTimes ? template.days[i] : undefined;
    const times = suggested ? { start: suggested.start, end: suggested.end } : {};
    return { ...day, ...times, items: items[i] ?? [] };
  });
  return { ...plan, days };
}

/** Number of items an agenda holds over all its days. */
export function itemCount(plan: Pick<Plan, 'days'>): number {
  return plan.days.reduce((sum, day) => sum + day.items.length, 0);
}
