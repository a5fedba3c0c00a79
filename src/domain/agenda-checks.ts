/**
 * The toolkit's agenda tips as checks. Each finding says what is wrong in a sentence that names
 * the item or the gap, carries the tip and why it matters (from content/agenda-checks.yaml), and
 * points at what to change, so the agenda page and the export page can show the same list.
 */
import { quotedTitle } from './agenda-edit';
import { formatClock, formatDuration, scheduleDays, type DaySchedule } from './agenda-times';
import type { AgendaCheckContent, GoalContent } from './content-schemas';
import { chosenGoals } from './goals';
import type { AgendaItem, Plan } from './plan';

export type AgendaCheckId = AgendaCheckContent['id'];

/** What a finding points at: an item, or a day as a whole when `itemId` is null (a gap). */
export interface CheckTarget {
  dayIndex: number;
  itemId: string | null;
}

/** One thing a check found. */
export interface AgendaFinding {
  /** Unique within one run: the check id plus what it points at. */
  key: string;
  check: AgendaCheckId;
  /** What is wrong, naming the item or the gap. */
  message: string;
  /** The toolkit's tip, as the toolkit words it. */
  tip: string;
  /** Why it matters, in our words. */
  why: string;
  target: CheckTarget;
}

/** The parts of the toolkit the checks need: the check texts and thresholds, and the goals. */
export interface ChecksToolkit {
  checks: readonly AgendaCheckContent[];
  goals: readonly GoalContent[];
}

/** Thresholds used when the content gives none. */
export const DEFAULT_MAX_STRETCH_MINUTES = 120;
export const DEFAULT_MIN_INTRODUCTION_MINUTES = 30;
/** Introductions count as "at the beginning" when they start within this long of day 1's start. */
export const DEFAULT_INTRODUCTIONS_START_WITHIN = 60;

/** Breaks and meals pause the work; networking and social time are informal, so they count too. */
export function isPause(item: AgendaItem): boolean {
  return item.kind === 'break' || item.kind === 'meal' || item.kind === 'networking';
}

type Found = Omit<AgendaFinding, 'tip' | 'why' | 'check' | 'key'>;
type CheckFn = (plan: CheckedPlan, content: AgendaCheckContent, toolkit: ChecksToolkit) => Found[];
type CheckedPlan = Pick<Plan, 'event' | 'goals' | 'days'> & { schedule: readonly DaySchedule[] };

const dayName = (dayIndex: number) => `Day ${dayIndex + 1}`;
const allItems = (plan: Pick<Plan, 'days'>) => plan.days.flatMap((day) => day.items);

/** Stretches of work with no pause longer than the threshold, one finding per stretch. */
const longStretch: CheckFn = (plan, content) => {
  const limit = content.minutes ?? DEFAULT_MAX_STRETCH_MINUTES;
  const found: Found[] = [];
  plan.schedule.forEach(({ times, index: dayIndex }) => {
    let run: typeof times = [];
    const close = () => {
      const first = run[0];
      const last = run.at(-1);
      if (first && last && last.endMinutes - first.startMinutes > limit) {
        found.push({
          target: { dayIndex, itemId: first.item.id },
          message: `${dayName(dayIndex)} runs ${formatDuration(last.endMinutes - first.startMinutes)} without a break, from ${formatClock(first.startMinutes)} (${quotedTitle(first.item)}) to ${formatClock(last.endMinutes)} (${quotedTitle(last.item)}). Keep stretches to ${formatDuration(limit)} or less.`,
        });
      }
      run = [];
    };
    for (const timed of times) {
      if (isPause(timed.item)) close();
      else run.push(timed);
    }
    close();
  });
  return found;
};

const isIntroduction = (item: AgendaItem) => item.tags.includes('introductions');

/**
 * Where the first introductions stand: the toolkit's tip puts them at the beginning of the event,
 * which we read as on day 1, starting within `within` minutes of the day's first item.
 */
function lateIntroductions(plan: CheckedPlan, within: number): Found[] {
  const day = plan.schedule.find(({ times }) => times.some((t) => isIntroduction(t.item)));
  const first = day?.times.find((t) => isIntroduction(t.item));
  if (!day || !first) return [];
  const into = first.startMinutes - day.times[0]!.startMinutes;
  if (day.index === 0 && into <= within) return [];
  const where =
    day.index === 0
      ? `start at ${formatClock(first.startMinutes)}, ${formatDuration(into)} into day 1`
      : `are first on ${dayName(day.index)}`;
  return [
    {
      target: { dayIndex: day.index, itemId: first.item.id },
      message: `Introductions (${quotedTitle(first.item)}) ${where}. Hold them at the beginning: start them within ${formatDuration(within)} of the start of day 1.`,
    },
  ];
}

const shortIntroductions: CheckFn = (plan, content) => {
  const min = content.minutes ?? DEFAULT_MIN_INTRODUCTION_MINUTES;
  const late = lateIntroductions(plan, content.startWithin ?? DEFAULT_INTRODUCTIONS_START_WITHIN);
  const intros = allItems(plan).filter(isIntroduction);
  const total = intros.reduce((sum, item) => sum + item.minutes, 0);
  if (total >= min) return late;
  const first = intros[0];
  if (!first) {
    return [
      {
        target: { dayIndex: 0, itemId: null },
        message: `No item is marked as introductions. Plan at least ${formatDuration(min)} for them early on day 1.`,
      },
    ];
  }
  const dayIndex = plan.days.findIndex((day) => day.items.includes(first));
  return [
    {
      target: { dayIndex, itemId: first.id },
      message: `Introductions get ${formatDuration(total)} (${intros.map(quotedTitle).join(', ')}); plan at least ${formatDuration(min)}.`,
    },
    ...late,
  ];
};

const noNetworking: CheckFn = (plan) =>
  allItems(plan).some((item) => item.kind === 'networking')
    ? []
    : [
        {
          target: { dayIndex: 0, itemId: null },
          message: 'No item is informal networking or social time.',
        },
      ];

const noConnect: CheckFn = (plan) =>
  allItems(plan).some((item) => item.tags.includes('connect'))
    ? []
    : [
        {
          target: { dayIndex: 0, itemId: null },
          message: 'No item is marked as connect conversations.',
        },
      ];

const goalUnserved: CheckFn = (plan, _content, toolkit) => {
  const served = new Set(allItems(plan).flatMap((item) => item.goals));
  return chosenGoals(plan.goals, toolkit.goals)
    .filter((goal) => !served.has(goal.id))
    .map((goal) => ({
      target: { dayIndex: 0, itemId: null },
      message: `No item serves the goal “${goal.title}”.`,
    }));
};

const runsOver: CheckFn = (plan) => {
  const found: Found[] = [];
  plan.schedule.forEach(({ times, timing, index: dayIndex }) => {
    const { plannedEnd, actualEnd, overBy } = timing;
    if (overBy === 0) return;
    const firstOver = times.find((t) => t.endMinutes > plannedEnd);
    if (!firstOver) return;
    found.push({
      target: { dayIndex, itemId: firstOver.item.id },
      message: `${dayName(dayIndex)} ends at ${formatClock(actualEnd)}, ${formatDuration(overBy)} after its planned end of ${formatClock(plannedEnd)}. ${quotedTitle(firstOver.item)} is the first item to run past it.`,
    });
  });
  return found;
};

const preworkUnused: CheckFn = (plan) =>
  plan.event.preWork && !allItems(plan).some((item) => item.tags.includes('prework'))
    ? [
        {
          target: { dayIndex: 0, itemId: null },
          message: 'Participants get pre-work, but no item is marked as using it.',
        },
      ]
    : [];

const CHECKS: Record<AgendaCheckId, CheckFn> = {
  'long-stretch': longStretch,
  'short-introductions': shortIntroductions,
  'no-networking': noNetworking,
  'no-connect': noConnect,
  'goal-unserved': goalUnserved,
  'runs-over': runsOver,
  'prework-unused': preworkUnused,
};

/**
 * Runs the toolkit's agenda checks on a plan.
 *
 * @param plan the event (pre-work), the goals and the days with their items
 * @param toolkit the check texts and thresholds (`content/agenda-checks.yaml`) and the toolkit's
 *   goals; a check missing from the content is not run
 * @param schedule the days' computed times (`scheduleDays(plan.days)`, passed in when already made)
 * @returns the findings in the content's order of checks, days in order within a check; empty
 *   when the agenda has no items at all (there is nothing to check yet)
 */
export function runAgendaChecks(
  plan: Pick<Plan, 'event' | 'goals' | 'days'>,
  toolkit: ChecksToolkit,
  schedule: readonly DaySchedule[] = scheduleDays(plan.days),
): AgendaFinding[] {
  if (allItems(plan).length === 0) return [];
  const checked: CheckedPlan = { ...plan, schedule };
  return toolkit.checks.flatMap((content) =>
    CHECKS[content.id](checked, content, toolkit).map((found, n) => ({
      ...found,
      key: `${content.id}:${found.target.dayIndex}:${found.target.itemId ?? 'day'}:${n}`,
      check: content.id,
      tip: content.tip,
      why: content.why,
    })),
  );
}
