/**
 * One view of the agenda for every rendering: the participant and facilitator print pages, the
 * Markdown and .docx documents, the handouts and the calendar descriptions all read this model,
 * so times, titles and goals are worded the same everywhere.
 */
import { formatClock, formatDuration, scheduleDays, type DaySchedule } from '../domain/agenda-times';
import type { GoalContent } from '../domain/content-schemas';
import { longDate } from '../domain/dates';
import { coConvenerNames } from '../domain/co-conveners';
import { chosenGoals } from '../domain/goals';
import type { AgendaItem, Plan } from '../domain/plan';

export const KIND_LABELS: Record<AgendaItem['kind'], string> = {
  session: 'Session',
  break: 'Break',
  meal: 'Meal',
  networking: 'Networking',
};

export interface AgendaRowView {
  id: string;
  /** `10:00 AM` */
  start: string;
  end: string;
  startMinutes: number;
  endMinutes: number;
  /** `1 h 15 min` */
  duration: string;
  title: string;
  kind: AgendaItem['kind'];
  kindLabel: string;
  lead: string;
  notes: string;
  materials: string[];
  prompts: string[];
  purpose: string;
  steps: string[];
  /** Titles of the goals the item serves, in the plan's goal order. */
  goals: string[];
  /** Ids of the chosen goals the item serves (same order), for what a handout adds per goal. */
  goalIds: string[];
  /** What the item does for the checks (introductions, pre-work ...). */
  tags: AgendaItem['tags'];
}

export interface AgendaDayView {
  id: string;
  /** 1-based. */
  number: number;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  /** `Day 1 · Saturday, March 13, 2027` (or `Day 1` while undated). */
  heading: string;
  /** `10:00 AM – 4:00 PM` from the agenda's first start to its last end. */
  timeRange: string;
  rows: AgendaRowView[];
}

export interface AgendaView {
  title: string;
  convener: string;
  coConveners: string[];
  venue: string;
  timeZone: string;
  /** Titles of the chosen goals, in priority order. */
  goals: string[];
  days: AgendaDayView[];
}

/** What the top of a printed sheet names: the event title, conveners and venue. */
export type EventHeadingView = Pick<AgendaView, 'title' | 'convener' | 'coConveners' | 'venue'>;

/** The heading part of the agenda view, for sheets that show no agenda (no times computed). */
export function eventHeadingView(plan: Plan): EventHeadingView {
  return {
    title: plan.event.title.trim() || 'Untitled convening',
    convener: plan.event.convener,
    coConveners: coConvenerNames(plan.invitees),
    venue: plan.event.venue,
  };
}

/**
 * The agenda view of a plan. Goal ids that match no chosen goal are left out of the rows.
 * `schedule` is the plan's computed times, passed in where a store already holds them.
 */
export function buildAgendaView(
  plan: Plan,
  toolkitGoals: readonly GoalContent[],
  schedule: readonly DaySchedule[] = scheduleDays(plan.days),
): AgendaView {
  const goals = chosenGoals(plan.goals, toolkitGoals);
  const days = schedule.map(({ day, index, times }): AgendaDayView => {
    const rows = times.map(({ item, startMinutes, endMinutes }): AgendaRowView => {
      const served = goals.filter((g) => item.goals.includes(g.id));
      return {
        id: item.id,
        start: formatClock(startMinutes),
        end: formatClock(endMinutes),
        startMinutes,
        endMinutes,
        duration: formatDuration(item.minutes),
        title: item.title || 'Untitled item',
        kind: item.kind,
        kindLabel: KIND_LABELS[item.kind],
        lead: item.lead,
        notes: item.notes,
        materials: item.materials.filter((m) => m.trim()),
        prompts: item.prompts.filter((p) => p.trim()),
        purpose: item.purpose,
        steps: item.steps.filter((s) => s.trim()),
        goals: served.map((g) => g.title),
        goalIds: served.map((g) => g.id),
        tags: item.tags,
      };
    });
    const dateText = longDate(day.date);
    const first = rows[0];
    const last = rows[rows.length - 1];
    return {
      id: day.id,
      number: index + 1,
      date: day.date,
      heading: dateText ? `Day ${index + 1} · ${dateText}` : `Day ${index + 1}`,
      timeRange: first && last ? `${first.start} – ${last.end}` : '',
      rows,
    };
  });
  return {
    ...eventHeadingView(plan),
    timeZone: plan.event.timeZone,
    goals: goals.map((g) => g.title),
    days,
  };
}

/** The event's dates in words: `Saturday, March 13, 2027 and Sunday, March 14, 2027`; empty while undated. */
export function eventDates(plan: Pick<Plan, 'days'>): string {
  return plan.days
    .map((d) => longDate(d.date))
    .filter(Boolean)
    .join(' and ');
}

/** Sessions only, for handouts: breaks and meals need no facilitator page. */
export function sessionRows(view: AgendaView): { day: AgendaDayView; row: AgendaRowView }[] {
  return view.days.flatMap((day) => day.rows.filter((row) => row.kind === 'session').map((row) => ({ day, row })));
}

/** `Convened by A with B and C`, or empty. */
export function convenedBy(view: Pick<AgendaView, 'convener' | 'coConveners'>): string {
  if (!view.convener.trim()) return '';
  const co = view.coConveners;
  if (co.length === 0) return `Convened by ${view.convener}`;
  const list = co.length === 1 ? co[0] : `${co.slice(0, -1).join(', ')} and ${co[co.length - 1]}`;
  return `Convened by ${view.convener} with ${list}`;
}
