/**
 * The only storage-side code that knows the plan's shape: what a copy for the next event
 * keeps, and what the list of saved plans shows.
 */
import { emptyOutcomes, newId, type Plan } from './plan';

/**
 * A copy of `plan` to start the next event from: a new id, the event dates cleared, everyone
 * back to "to invite" with no invitation, answer, reminder or attendance dates, every checklist
 * task not done, and nothing of the event day kept (actual times, what was heard, outcomes).
 * People's needs, the messages, the logistics list and the preferences carry over.
 */
export function copyForNextEvent(plan: Plan, options: { id?: string; now?: Date } = {}): Plan {
  return {
    ...plan,
    id: options.id ?? newId(),
    createdAt: (options.now ?? new Date()).toISOString(),
    days: plan.days.map((day) => ({
      ...day,
      date: '',
      actualStart: '',
      items: day.items.map((item) => ({ ...item, actualMinutes: null, heard: '' })),
    })),
    invitees: plan.invitees.map((person) => ({
      ...person,
      status: 'to-invite',
      invitedOn: '',
      answeredOn: '',
      remindedOn: '',
      attended: false,
    })),
    checklist: plan.checklist.map((task) => ({ ...task, done: false })),
    outcomes: emptyOutcomes(),
  };
}

/** What the list of saved plans shows for a plan: its title and its days' dates (empty when not set). */
export function listEntry(plan: Plan): { title: string; dates: string[] } {
  return { title: plan.event.title.trim(), dates: plan.days.map((day) => day.date) };
}
