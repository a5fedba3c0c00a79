/**
 * The follow-up calendar: the next meeting, and one all-day reminder per commitment on its due
 * date. The same rules as the other calendar files (./calendar.ts): venue-zone instants written
 * in UTC, stable UIDs, all-day dates with an exclusive end. Loaded on demand: it brings `ics`.
 */
import { formatClock, timeToMinutes } from '../domain/agenda-times';
import { nextDate } from '../domain/dates';
import { venueInstant } from '../domain/instants';
import type { Plan } from '../domain/plan';
import { fail, type Result } from '../domain/result';
import { calendarVersion, checkZone, eventUid, type CalendarStamp } from './calendar';
import { formatCalendar, type IcsEvent } from './ics-format';

/** A meeting with a start but no end is booked for an hour. */
const DEFAULT_MEETING_MINUTES = 60;

function meetingEvent(plan: Plan, title: string): Result<IcsEvent | null> {
  const { date, start, end, place } = plan.outcomes.nextMeeting;
  const base = { uid: eventUid(plan.id, 'meeting', 'next'), summary: `Next meeting: ${title}`, location: place };
  const description = `Agreed at ${title}.`;
  if (!date) return { ok: true, value: null };
  if (!start) {
    return { ok: true, value: { ...base, description, when: { kind: 'all-day', date, endDate: nextDate(date) } } };
  }
  const zone = checkZone(plan);
  if (!zone.ok) return zone;
  const from = timeToMinutes(start);
  const to = end ? timeToMinutes(end) : from + DEFAULT_MEETING_MINUTES;
  if (to <= from) {
    return fail(
      `The next meeting ends at ${formatClock(to)}, which is not after its start at ${formatClock(from)}. Fix the times on the follow-up page, then export again.`,
    );
  }
  return {
    ok: true,
    value: {
      ...base,
      description: `${description} Times at the venue (${zone.value}).`,
      when: { kind: 'timed', start: venueInstant(date, from, zone.value), end: venueInstant(date, to, zone.value) },
    },
  };
}

/** The next meeting (timed, or all-day without a start time) and the commitments' due dates. */
export function followUpCalendar(plan: Plan, stamp: CalendarStamp): Result<string> {
  const title = plan.event.title.trim() || 'Untitled convening';
  const meeting = meetingEvent(plan, title);
  if (!meeting.ok) return meeting;
  const due = plan.outcomes.commitments
    .filter((c) => c.due && (c.what.trim() || c.person.trim()))
    .map((c): IcsEvent => {
      const who = [c.person.trim(), c.organization.trim()].filter(Boolean).join(', ');
      return {
        uid: eventUid(plan.id, 'commitment', c.id),
        summary: `Due: ${c.what.trim() || 'commitment'}${who ? ` (${who})` : ''}`,
        location: '',
        description: `Committed at ${title}.`,
        when: { kind: 'all-day', date: c.due, endDate: nextDate(c.due) },
        transparent: true,
      };
    });
  const events = meeting.value ? [meeting.value, ...due] : due;
  if (events.length === 0) {
    return fail(
      'There is no next meeting date and no commitment with a due date yet, so there is nothing to put in a calendar.',
    );
  }
  return formatCalendar({ name: `${title} – follow-up`, events }, calendarVersion(stamp));
}
