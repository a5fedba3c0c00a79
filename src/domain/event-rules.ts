/** Validation of the event basics, with messages shown next to each field. */
import type { Plan } from './plan';
import { fail, ok, type Result } from './result';
import { isValidTimeZone } from './time-zones';

export type EventField = 'title' | 'timeZone' | 'targetGroupSize' | `day${number}.date` | `day${number}.end`;

// In a module of its own so the event-day page can check a zone without the event rules.
export { isValidTimeZone } from './time-zones';

/** Problems with the event basics and the days' dates and hours, by field. Empty object when all is well. */
export function validateEvent({ event, days }: Pick<Plan, 'event' | 'days'>): Partial<Record<EventField, string>> {
  const errors: Partial<Record<EventField, string>> = {};
  if (!event.title.trim()) errors.title = 'Give the event a title; it names your files and calendar events.';
  if (!isValidTimeZone(event.timeZone)) {
    errors.timeZone = `"${event.timeZone}" is not a time zone this browser knows. Pick one from the list, e.g. America/Chicago.`;
  }
  days.forEach((day, i) => {
    const n = i + 1;
    if (!day.date) errors[`day${n}.date`] = `Choose the date of day ${n}.`;
    if (day.end <= day.start) errors[`day${n}.end`] = `Day ${n} must end after it starts (${day.start}).`;
  });
  const [first, second] = days;
  if (first?.date && second?.date && second.date <= first.date) {
    errors['day2.date'] = `Day 2 must come after day 1 (${first.date}).`;
  }
  return errors;
}

/** Parses the target group size typed by the user. */
export function parseGroupSize(input: string): Result<number | null> {
  const trimmed = input.trim();
  if (trimmed === '') return ok(null);
  if (!/^\d+$/.test(trimmed)) return fail('Enter a whole number of people, e.g. 40.');
  const value = Number(trimmed);
  if (value < 1 || value > 100000) return fail('Enter a number between 1 and 100,000.');
  return ok(value);
}

/** A one-line description of a plan, shown before it replaces the current one. */
export function summarizePlan(plan: Plan): {
  title: string;
  days: string;
  goals: number;
  items: number;
  invitees: number;
  tasks: number;
} {
  return {
    title: plan.event.title.trim() || 'Untitled convening',
    days: plan.days.map((d) => d.date || 'no date').join(' and '),
    goals: plan.goals.selected.length,
    items: plan.days.reduce((sum, d) => sum + d.items.length, 0),
    invitees: plan.invitees.length,
    tasks: plan.checklist.length,
  };
}

/**
 * True when the plan holds anything worth warning about before replacing it. The suggested tasks
 * every new plan starts with do not count until one is ticked; the convener's own tasks do.
 */
export function planHasContent(plan: Plan): boolean {
  const s = summarizePlan(plan);
  const ownWork = plan.checklist.some((task) => task.done || task.templateId === '');
  return plan.event.title.trim() !== '' || s.goals > 0 || s.items > 0 || s.invitees > 0 || ownWork;
}
