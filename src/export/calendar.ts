/**
 * Calendar files from the plan: one event per day for invitees, one per agenda item for
 * facilitators, one all-day reminder per open checklist task. Every instant is computed in the
 * venue's time zone (venueInstant) and written in UTC, so the browser's zone never matters.
 * Loaded on demand by the file builders: it brings the `ics` package with it.
 */
import { formatClock, timeToMinutes } from '../domain/agenda-times';
import { datedChecklist, datedDays, type DatedDay } from '../domain/checklist';
import { movedNote } from '../domain/due-dates';
import { nextDate } from '../domain/dates';
import { isValidTimeZone } from '../domain/event-rules';
import { venueInstant } from '../domain/instants';
import type { Plan } from '../domain/plan';
import { venueTimesNote } from '../domain/venue-times';
import { fail, ok, type Result } from '../domain/result';
import type { AgendaView } from './agenda-view';
import { formatCalendar, type IcsEvent, type IcsVersion } from './ics-format';

const UID_DOMAIN = 'convening-planner';

/** When a calendar file is made, and when the plan it is made from last changed. */
export interface CalendarStamp {
  now: Date;
  /** The plan's last change (kept by the `$planChangedAt` store). */
  changedAt: Date;
}

/** SEQUENCE counts from here; chosen before the first export so it never goes below zero. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/**
 * The SEQUENCE of every event in a file: whole seconds from 2026-01-01 UTC to the plan's last
 * change. It stays equal while the plan does not change, and rises with each change, also when
 * the plan has moved to another browser (a saved counter would start again from one there, and
 * calendars ignore an update whose SEQUENCE went down). Limits, both harmless: two changes within
 * one second share a number (no person exports, edits and exports again within a second), and a
 * reloaded plan is dated at its save, a moment after the edit, so the number may rise by one
 * then without a change. Fits the RFC's 32-bit integer until 2094.
 */
export function planSequence(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - SEQUENCE_EPOCH) / 1000));
}

/** DTSTAMP, LAST-MODIFIED and SEQUENCE of every event in a file made at `stamp`. */
export function calendarVersion(stamp: CalendarStamp): IcsVersion {
  return { now: stamp.now, lastModified: stamp.changedAt, sequence: planSequence(stamp.changedAt) };
}

/** `plan-id-kind-part@convening-planner`: stable across exports of the same plan. */
export function eventUid(planId: string, kind: 'day' | 'item' | 'task' | 'meeting' | 'commitment', id: string): string {
  return `${planId}-${kind}-${id}@${UID_DOMAIN}`;
}

/** The venue's time zone, when this browser knows it. */
export function checkZone(plan: Plan): Result<string> {
  return isValidTimeZone(plan.event.timeZone)
    ? ok(plan.event.timeZone)
    : fail(
        `The venue time zone "${plan.event.timeZone}" is not a time zone this browser knows. Choose one on the Start page.`,
      );
}

const NO_DATES = 'No event day has a date yet. Set the dates on the Start page, then export again.';

function calendarName(view: AgendaView, what: string): string {
  return `${view.title} – ${what}`;
}

/** The dated days when each ends after it starts; else a message naming the first that does not. */
function checkDayTimes(dated: readonly DatedDay[]): Result<readonly DatedDay[]> {
  for (const { day, index } of dated) {
    const start = timeToMinutes(day.start);
    const end = timeToMinutes(day.end);
    if (end <= start) {
      return fail(
        `Day ${index + 1} ends at ${formatClock(end)}, which is not after its start at ${formatClock(start)}. Fix the times on the Start page, then export again.`,
      );
    }
  }
  return ok(dated);
}

/**
 * Invitees' calendar: one event per dated day, from the day's start to its end, with the agenda.
 * A day that ends at or before its start is refused rather than turned into an overnight event.
 */
export function dayEventsCalendar(plan: Plan, view: AgendaView, stamp: CalendarStamp): Result<string> {
  const zone = checkZone(plan);
  if (!zone.ok) return zone;
  const dated = datedDays(plan.days);
  if (dated.length === 0) return fail(NO_DATES);
  const times = checkDayTimes(dated);
  if (!times.ok) return times;
  const many = plan.days.length > 1;
  const events = dated.map(({ day, index }): IcsEvent => {
    const dayView = view.days[index]!;
    const agenda = dayView.rows.map((row) => `${row.start} ${row.title}`).join('\n');
    const startMinutes = timeToMinutes(day.start);
    const endMinutes = timeToMinutes(day.end);
    return {
      uid: eventUid(plan.id, 'day', day.id),
      summary: many ? `${view.title} (day ${index + 1} of ${plan.days.length})` : view.title,
      location: view.venue,
      description: agenda ? `${venueTimesNote(view.timeZone)}\n\nAgenda:\n${agenda}` : '',
      when: {
        kind: 'timed',
        start: venueInstant(day.date, startMinutes, plan.event.timeZone),
        end: venueInstant(day.date, endMinutes, plan.event.timeZone),
      },
    };
  });
  return formatCalendar({ name: view.title, events }, calendarVersion(stamp));
}

function itemDescription(row: AgendaView['days'][number]['rows'][number]): string {
  const parts: string[] = [];
  if (row.lead) parts.push(`Lead: ${row.lead}`);
  if (row.goals.length) parts.push(`Goals served: ${row.goals.join('; ')}`);
  if (row.purpose) parts.push(`Purpose: ${row.purpose}`);
  if (row.notes) parts.push(`Notes: ${row.notes}`);
  if (row.materials.length) parts.push(`Materials:\n${row.materials.map((m) => `- ${m}`).join('\n')}`);
  if (row.prompts.length) parts.push(`Prompts:\n${row.prompts.map((p) => `- ${p}`).join('\n')}`);
  return parts.join('\n\n');
}

/** Facilitators' calendar: one event per agenda item on a dated day, with lead, notes and prompts. */
export function itemEventsCalendar(plan: Plan, view: AgendaView, stamp: CalendarStamp): Result<string> {
  const zone = checkZone(plan);
  if (!zone.ok) return zone;
  const dated = datedDays(plan.days);
  if (dated.length === 0) return fail(NO_DATES);
  const events = dated.flatMap(({ day, index }) =>
    view.days[index]!.rows.map((row): IcsEvent => ({
      uid: eventUid(plan.id, 'item', row.id),
      summary: row.title,
      location: view.venue,
      description: itemDescription(row),
      when: {
        kind: 'timed',
        start: venueInstant(day.date, row.startMinutes, plan.event.timeZone),
        end: venueInstant(day.date, row.endMinutes, plan.event.timeZone),
      },
    })),
  );
  if (events.length === 0) return fail('The agenda has no items yet. Add them on the Agenda page, then export again.');
  return formatCalendar({ name: calendarName(view, 'facilitator schedule'), events }, calendarVersion(stamp));
}

/** Reminders: one all-day event per open checklist task on its due date (end is the next day). */
export function reminderCalendar(plan: Plan, view: AgendaView, stamp: CalendarStamp): Result<string> {
  if (datedDays(plan.days).length === 0) return fail(NO_DATES);
  const open = datedChecklist(plan.checklist, plan.days, plan.event.preWork).filter(({ item }) => !item.done);
  if (open.length === 0) return fail('There are no open checklist tasks to remind you of.');
  const events = open.map(({ item, due, movedFrom }): IcsEvent => ({
    uid: eventUid(plan.id, 'task', item.id),
    summary: item.owner ? `${item.title} (${item.owner})` : item.title,
    location: '',
    description: [item.detail, movedFrom && `Due date ${movedNote(movedFrom)}.`, `For: ${view.title}`]
      .filter(Boolean)
      .join('\n\n'),
    when: { kind: 'all-day', date: due, endDate: nextDate(due) },
    transparent: true,
  }));
  return formatCalendar({ name: calendarName(view, 'follow-up checklist'), events }, calendarVersion(stamp));
}
