/**
 * The plan store. Components read `$plan` (or a computed store made from it) and call the
 * exported actions; only store modules call `updatePlan`. Every edit is one `$plan.set` with a
 * label saying what changed; persistence and the undo history listen to the store.
 */
import { atom } from 'nanostores';
import { secondDayAfter } from '../domain/days';
import { createPlan, defaultTimeZone, newId, type EventBasics, type EventDay, type Plan } from '../domain/plan';

/**
 * The plan every page starts with until the saved one is read. Its time zone is the browser's,
 * asked for only when something reads it: the first Intl.DateTimeFormat of a page costs tens of
 * milliseconds (hundreds on a slow phone), and most pages replace this plan before any reads it.
 */
function initialPlan(): Plan {
  const plan = createPlan({ timeZone: 'UTC' });
  let zone: string | null = null;
  Object.defineProperty(plan.event, 'timeZone', { enumerable: true, get: () => (zone ??= defaultTimeZone()) });
  return plan;
}

export const $plan = atom<Plan>(initialPlan());

/** What the edit being written is, for the history: read by `$plan` listeners during `set`. */
export type PlanChange =
  /** An edit by the user. Consecutive edits with the same `group` are one undo step (typing). */
  | { kind: 'edit'; label: string; group: string | null }
  /** A whole plan replaced the current one (file opened, new plan, another tab's version). */
  | { kind: 'replace' };

let writing: PlanChange | null = null;

/** The change `$plan` is being set with; null outside a write (e.g. undo putting a plan back). */
export function currentChange(): PlanChange | null {
  return writing;
}

function write(plan: Plan, change: PlanChange): void {
  const outer = writing;
  writing = change;
  try {
    $plan.set(plan);
  } finally {
    writing = outer;
  }
}

/** Listeners run when a whole plan replaces the current one (pending edit state resets). */
const replaceListeners = new Set<() => void>();

/** Registers a listener for whole-plan replacement. */
export function onPlanReplaced(listener: () => void): () => void {
  replaceListeners.add(listener);
  return () => replaceListeners.delete(listener);
}

/**
 * Applies a change to the plan as one edit named `label` ("change the venue"). Writes nothing
 * when `change` returns the same plan. Edits sharing a `group` one after the other (keystrokes in
 * one field) form one undo step. For store modules only; components call actions.
 * @returns whether the plan changed
 */
export function updatePlan(label: string, change: (plan: Plan) => Plan, group: string | null = null): boolean {
  const before = $plan.get();
  const next = change(before);
  if (next === before) return false;
  write(next, { kind: 'edit', label, group });
  return true;
}

/** Applies `change` to one part of the plan (its days, goals, invitees ...) as one edit named `label`. */
export function updatePart<K extends keyof Plan>(
  key: K,
  label: string,
  change: (part: Plan[K]) => Plan[K],
  group: string | null = null,
): boolean {
  return updatePlan(
    label,
    (plan) => {
      const part = change(plan[key]);
      return part === plan[key] ? plan : { ...plan, [key]: part };
    },
    group,
  );
}

/** Puts a plan back without recording an edit: for the history's own undo and redo. */
export function restorePlanState(plan: Plan): void {
  if (plan !== $plan.get()) $plan.set(plan);
}

/** Replaces the whole plan (new plan, opened file, another tab's version). */
export function replacePlan(plan: Plan): void {
  write(plan, { kind: 'replace' });
  for (const listener of replaceListeners) listener();
}

/** How each basic field is named in undo labels ("Undo: change the venue"). */
const FIELD_NAMES: Record<keyof EventBasics, string> = {
  title: 'the title',
  convener: 'the convener',
  venue: 'the venue',
  timeZone: 'the time zone',
  targetGroupSize: 'the group size',
  preWork: 'pre-work',
  rsvpBy: 'the RSVP date',
  contact: 'the contact',
};

/** Updates one of the event basics (title, venue, time zone ...). Typing in a field is one step. */
export function setEventField<K extends keyof EventBasics>(key: K, value: EventBasics[K]): void {
  updatePlan(
    `change ${FIELD_NAMES[key]}`,
    (plan) => (plan.event[key] === value ? plan : { ...plan, event: { ...plan.event, [key]: value } }),
    `event.${key}`,
  );
}

const DAY_FIELD_NAMES = { date: 'date', start: 'start time', end: 'end time' } as const;

/** Updates a day's date or times. */
export function setDayField(dayIndex: number, key: 'date' | 'start' | 'end', value: string): void {
  updatePlan(
    `change day ${dayIndex + 1}'s ${DAY_FIELD_NAMES[key]}`,
    (plan) => {
      const day = plan.days[dayIndex];
      if (!day || day[key] === value) return plan;
      return { ...plan, days: plan.days.map((d, i) => (i === dayIndex ? { ...d, [key]: value } : d)) };
    },
    `day.${dayIndex}.${key}`,
  );
}

/** Adds a second day (the day after the first, same hours) with an empty agenda. */
export function addSecondDay(): void {
  updatePlan('add a second day', (plan) => {
    if (plan.days.length >= 2) return plan;
    const first = plan.days[0] as EventDay;
    return { ...plan, days: [first, secondDayAfter(first, newId())] };
  });
}

/**
 * Removes the second day. Its agenda items move to the end of day 1 unless `dropItems`, so
 * nothing is lost without the user choosing it (the page asks first when day 2 has items).
 */
export function removeSecondDay(options: { dropItems?: boolean } = {}): void {
  updatePlan('make it a one-day event', (plan) => {
    const [day1, day2] = plan.days;
    if (!day1 || !day2) return plan;
    const items = options.dropItems ? day1.items : [...day1.items, ...day2.items];
    return { ...plan, days: [{ ...day1, items }] };
  });
}
