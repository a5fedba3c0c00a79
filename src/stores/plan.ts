/**
 * The plan store. Components read `$plan` and call the exported actions; only store modules
 * call `updatePlan`. Persistence listens to this store (see ./persistence.ts).
 */
import { atom } from 'nanostores';
import { nextDate } from '../domain/dates';
import { createPlan, newId, type EventBasics, type EventDay, type Plan } from '../domain/plan';

export const $plan = atom<Plan>(createPlan());

/** Listeners run when a whole plan replaces the current one (file opened, new plan, other tab). */
const replaceListeners = new Set<() => void>();

/** Registers a listener for whole-plan replacement (histories clear themselves with it). */
export function onPlanReplaced(listener: () => void): () => void {
  replaceListeners.add(listener);
  return () => replaceListeners.delete(listener);
}

/** Applies a change to the plan. For store modules only; components call actions. */
export function updatePlan(change: (plan: Plan) => Plan): void {
  const next = change($plan.get());
  if (next !== $plan.get()) $plan.set(next);
}

/** Replaces the whole plan (new plan, opened file, another tab's version). */
export function replacePlan(plan: Plan): void {
  $plan.set(plan);
  for (const listener of replaceListeners) listener();
}

type EditableBasics = Omit<EventBasics, 'days'>;

/** Updates one of the event basics (title, venue, time zone ...). */
export function setEventField<K extends keyof EditableBasics>(key: K, value: EditableBasics[K]): void {
  updatePlan((plan) => ({ ...plan, event: { ...plan.event, [key]: value } }));
}

/** Updates a day's date or times. */
export function setDayField(dayIndex: number, key: 'date' | 'start' | 'end', value: string): void {
  updatePlan((plan) => {
    if (!plan.event.days[dayIndex]) return plan;
    const days = plan.event.days.map((day, i) => (i === dayIndex ? { ...day, [key]: value } : day));
    return { ...plan, event: { ...plan.event, days } };
  });
}

/** Adds a second day (the day after the first, same hours) with an empty agenda. */
export function addSecondDay(): void {
  updatePlan((plan) => {
    if (plan.event.days.length >= 2) return plan;
    const first = plan.event.days[0] as EventDay;
    const second: EventDay = { id: newId(), date: nextDate(first.date), start: first.start, end: first.end };
    return {
      ...plan,
      event: { ...plan.event, days: [first, second] },
      agenda: { days: [...plan.agenda.days, { items: [] }] },
    };
  });
}

/**
 * Removes the second day. Its agenda items move to the end of day 1 unless `dropItems`, so
 * nothing is lost without the user choosing it (the page asks first when day 2 has items).
 */
export function removeSecondDay(options: { dropItems?: boolean } = {}): void {
  updatePlan((plan) => {
    if (plan.event.days.length < 2) return plan;
    const [day1, day2] = plan.agenda.days;
    const items = options.dropItems ? day1!.items : [...day1!.items, ...day2!.items];
    return {
      ...plan,
      event: { ...plan.event, days: [plan.event.days[0]!] },
      agenda: { days: [{ items }] },
    };
  });
}
