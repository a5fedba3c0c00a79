/**
 * Versioned migrations of saved plans. Each entry turns a plan of version N into version N + 1;
 * `restore()` runs them in order, for stored plans and opened files alike, before validation.
 * A migration sees unvalidated data: it reshapes what it recognises and leaves anything else
 * as it is, so validation afterwards names the field that is wrong.
 */
import { isRealDate } from './dates';

export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Version 1 → 2: each event day owns its agenda items. Version 1 kept `event.days[i]` and
 * `agenda.days[i].items` as two lists in step by index; version 2 has `days[i].items` at the top
 * of the plan and no `agenda`. Items of agenda days beyond the event's days (version 1 refused
 * such plans, so only a hand-edited file has them) join the last day rather than vanish.
 * Version 1 accepted any `dddd-dd-dd` date; version 2 only real ones, so an impossible date
 * (2027-02-30, which version 1 already showed as blank) becomes "not chosen" instead of making
 * the whole plan unreadable.
 */
export function daysOwnTheirItems(plan: Record<string, unknown>): Record<string, unknown> {
  const { agenda, event, ...rest } = plan;
  if (!isRecord(event) || !Array.isArray(event.days)) return plan;
  const { days: eventDays, ...eventRest } = event as Record<string, unknown> & { days: unknown[] };
  const agendaDays: unknown[] = isRecord(agenda) && Array.isArray(agenda.days) ? agenda.days : [];
  const itemsOf = (i: number): unknown[] => {
    const day = agendaDays[i];
    return isRecord(day) && Array.isArray(day.items) ? [...(day.items as unknown[])] : [];
  };
  const days = eventDays.map((day, i) => {
    const items = itemsOf(i);
    if (i === eventDays.length - 1) {
      for (let extra = eventDays.length; extra < agendaDays.length; extra += 1) items.push(...itemsOf(extra));
    }
    if (!isRecord(day)) return day;
    const date = typeof day.date === 'string' && day.date !== '' && !isRealDate(day.date) ? '' : day.date;
    return { ...day, date, items };
  });
  return { ...rest, event: eventRest, days };
}

/** migrations[n] migrates a plan from version n to n + 1. */
export const migrations: Record<number, Migration> = {
  1: daysOwnTheirItems,
};

/**
 * Runs the migrations from `from` up to `to`. Returns null when a step is missing, so the caller
 * can report that this version cannot be read instead of guessing.
 */
export function migrate(
  plan: Record<string, unknown>,
  from: number,
  to: number,
  steps: Record<number, Migration> = migrations,
): Record<string, unknown> | null {
  let current = plan;
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    if (!step) return null;
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}
