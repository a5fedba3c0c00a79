/** The journey's steps and when each counts as done, for the step indicator. */
import type { Plan } from './plan';

export const STEPS = [
  { id: 'start', label: 'Start', path: '' },
  { id: 'goals', label: 'Goals', path: 'goals/' },
  { id: 'agenda', label: 'Agenda', path: 'agenda/' },
  { id: 'invitees', label: 'Invitees', path: 'invitees/' },
  { id: 'logistics', label: 'Logistics', path: 'logistics/' },
  { id: 'checklist', label: 'Checklist', path: 'checklist/' },
  { id: 'export', label: 'Export', path: 'export/' },
  { id: 'run', label: 'Event day', path: 'run/' },
  { id: 'follow-up', label: 'Follow-up', path: 'follow-up/' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** Goals chosen (toolkit and own goals together) within the toolkit's advice of 2 to 4. */
export const MIN_GOALS = 2;
export const MAX_GOALS = 4;

/**
 * Which steps are done: basics filled in, 2–4 goals, every day has items, someone invited, a
 * budget started, the planning checklist done, every day started on the event day, and a goal agreed or a commitment
 * noted afterwards. The checklist is done when it has tasks and every one due before the event
 * (or on its first day) is ticked; the pre-work task counts only when the plan has pre-work.
 * (Not "nothing overdue": that would tick the step of a plan months ahead before anyone did a
 * thing, and it would put the due-date rules in every page's script.)
 */
export function stepsDone(plan: Plan): Record<StepId, boolean> {
  const goalCount = plan.goals.selected.length;
  return {
    start: plan.event.title.trim() !== '' && plan.days.every((day) => day.date !== ''),
    goals: goalCount >= MIN_GOALS && goalCount <= MAX_GOALS,
    agenda: plan.days.every((day) => day.items.length > 0),
    invitees: plan.invitees.length > 0,
    logistics: plan.logistics.lines.length > 0,
    checklist:
      plan.checklist.length > 0 &&
      plan.checklist.every(
        (task) => task.done || task.phase === 'after' || (!plan.event.preWork && task.templateId === 'send-prework'),
      ),
    export: false,
    run: plan.days.every((day) => day.actualStart !== ''),
    'follow-up': plan.outcomes.goalsAgreed.length > 0 || plan.outcomes.commitments.length > 0,
  };
}
