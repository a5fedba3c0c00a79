/**
 * One view of the written follow-up for every rendering: the print page, the .docx, the Markdown
 * and the email text all read this model, so the summary says the same everywhere.
 */
import { computeDayTimes, formatClock, timeToMinutes } from '../domain/agenda-times';
import type { GoalContent } from '../domain/content-schemas';
import { longDate } from '../domain/dates';
import type { Plan } from '../domain/plan';
import { eventHeadingView, type EventHeadingView } from './agenda-view';

/** The toolkit's parts the summary names: goal titles and the asset worksheet's kinds. */
export interface FollowUpContent {
  goals: Pick<GoalContent, 'id' | 'title' | 'shortTitle'>[];
  assetKinds: { id: string; label: string }[];
}

export interface AgreedGoalView {
  what: string;
  /** `Who: …`, `How many: …`, `By: …`, `From the event goal: …`, each only when filled in. */
  details: string[];
}

export interface CommitmentGroupView {
  organization: string;
  entries: { person: string; what: string; due: string }[];
}

export interface HeardDayView {
  heading: string;
  sessions: { time: string; title: string; notes: string }[];
}

export interface FollowUpView {
  heading: EventHeadingView;
  /** `Saturday, March 13, 2027 and Sunday, March 14, 2027`, or empty. */
  dates: string;
  goals: AgreedGoalView[];
  commitments: CommitmentGroupView[];
  heard: HeardDayView[];
  assets: { kind: string; text: string }[];
  /** `Thursday, April 15, 2027, 3:00 PM – 4:30 PM, City Hall`, or empty when no date is set. */
  nextMeeting: string;
  thanks: string;
  /** How many people are marked as attended. */
  attended: number;
}

/** Commitments with no organisation are listed under this, after the named ones. */
export const NO_ORGANIZATION = 'Others';
const DEFAULT_THANKS =
  'Thank you for your time, your ideas and your commitments. We look forward to the next steps together.';
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function goalTitle(plan: Plan, content: FollowUpContent, id: string): string {
  if (!id) return '';
  return content.goals.find((g) => g.id === id)?.title ?? plan.goals.custom.find((g) => g.id === id)?.title ?? '';
}

function commitmentGroups(plan: Plan): CommitmentGroupView[] {
  const groups = new Map<string, CommitmentGroupView>();
  for (const c of plan.outcomes.commitments) {
    if (!c.what.trim() && !c.person.trim()) continue;
    const organization = c.organization.trim() || NO_ORGANIZATION;
    const key = organization.toLowerCase();
    const group = groups.get(key) ?? { organization, entries: [] };
    group.entries.push({ person: c.person.trim(), what: c.what.trim(), due: longDate(c.due) });
    groups.set(key, group);
  }
  const named = [...groups.values()].filter((g) => g.organization !== NO_ORGANIZATION);
  named.sort((a, b) => collator.compare(a.organization, b.organization));
  const others = groups.get(NO_ORGANIZATION.toLowerCase());
  return others ? [...named, others] : named;
}

function heardDays(plan: Plan): HeardDayView[] {
  return plan.days
    .map((day, index) => ({
      heading: `Day ${index + 1}${day.date ? ` · ${longDate(day.date)}` : ''}`,
      sessions: computeDayTimes(day.start, day.items)
        .filter(({ item }) => item.heard.trim())
        .map(({ item, startMinutes }) => ({
          time: formatClock(startMinutes),
          title: item.title.trim() || 'Untitled item',
          notes: item.heard.trim(),
        })),
    }))
    .filter((day) => day.sessions.length > 0);
}

function meetingText(meeting: Plan['outcomes']['nextMeeting']): string {
  if (!meeting.date) return '';
  const time = meeting.start
    ? `${formatClock(timeToMinutes(meeting.start))}${meeting.end ? ` – ${formatClock(timeToMinutes(meeting.end))}` : ''}`
    : '';
  return [longDate(meeting.date), time, meeting.place.trim()].filter(Boolean).join(', ');
}

/** The follow-up summary of a plan. */
export function buildFollowUpView(plan: Plan, content: FollowUpContent): FollowUpView {
  const { outcomes } = plan;
  return {
    heading: eventHeadingView(plan),
    dates: plan.days
      .map((d) => longDate(d.date))
      .filter(Boolean)
      .join(' and '),
    goals: outcomes.goalsAgreed
      .filter((g) => g.what.trim() || g.who.trim())
      .map((g) => {
        const from = goalTitle(plan, content, g.fromGoal);
        return {
          what: g.what.trim() || 'A goal without a description',
          details: [
            g.who.trim() && `Who: ${g.who.trim()}`,
            g.howMany.trim() && `How many: ${g.howMany.trim()}`,
            g.byWhen && `By: ${longDate(g.byWhen)}`,
            from && `From the event goal: ${from}`,
          ].filter(Boolean),
        };
      }),
    commitments: commitmentGroups(plan),
    heard: heardDays(plan),
    assets: outcomes.assetsConfirmed
      .filter((a) => a.text.trim())
      .map((a) => ({
        kind: content.assetKinds.find((k) => k.id === a.kind)?.label ?? 'Other',
        text: a.text.trim(),
      })),
    nextMeeting: meetingText(outcomes.nextMeeting),
    thanks: outcomes.thanks.trim() || DEFAULT_THANKS,
    attended: plan.invitees.filter((p) => p.attended).length,
  };
}

/** True when the summary has anything the event produced (more than the default thanks). */
export function hasOutcomes(view: FollowUpView): boolean {
  return (
    view.goals.length + view.commitments.length + view.heard.length + view.assets.length > 0 || view.nextMeeting !== ''
  );
}
