/**
 * The event day, live: the clock at the venue, the day on show, what is on now, and the buttons
 * that move the rest of the day. Only `$now` ticks (once a second, while something shows it);
 * every store made from it changes only when what it says changes — the venue clock once a
 * minute, what is on at a start time — so only the countdown re-renders every second.
 */
import { atom, computed, onMount } from 'nanostores';
import { formatClock } from '../domain/agenda-times';
import { isValidTimeZone } from '../domain/time-zones';
import { minutesIntoDay, venueClock } from '../domain/venue-clock';
import {
  dayForDate,
  liveDay,
  liveStatus,
  plannedAgain,
  sameStatus,
  shiftDay,
  startNextNow,
  type LiveChange,
  type LiveDay,
  type LiveStatus,
} from '../domain/live-schedule';
import { defaultTimeZone } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';
import { holdScreenOn, type ScreenLockState } from '../platform/wake-lock';
import { $plan, updatePlan } from './plan';

/** The time now in milliseconds, set on each whole second while anything listens. */
export const $now = atom(Date.now());

onMount($now, () => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    $now.set(Date.now());
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  };
  tick();
  return () => clearTimeout(timer);
});

const $days = computed($plan, (plan) => plan.days);
const $zoneSetting = computed($plan, (plan) => plan.event.timeZone);

/** False when the plan's venue zone is not one this browser knows (the device's zone is used then). */
export const $zoneKnown = computed($zoneSetting, isValidTimeZone);

/** The zone the page reads the clock in: the venue's, or the device's when the venue's is unknown. */
export const $venueZone = computed($zoneSetting, (zone) => (isValidTimeZone(zone) ? zone : defaultTimeZone()));

/** Today's date at the venue. */
export const $venueToday = computed([$now, $venueZone], (now, zone) => venueClock(new Date(now), zone).date);

/** The time at the venue, `10:42 AM`: changes once a minute. */
export const $venueTime = computed([$now, $venueZone], (now, zone) =>
  formatClock(Math.floor(venueClock(new Date(now), zone).minutes)),
);

/** The day the person switched to, or null to follow today's date. */
export const $chosenDay = atom<number | null>(null);

/** Shows day `index` instead of the one today's date picks. */
export function chooseDay(index: number): void {
  $chosenDay.set(index);
}

/** The day on show with its live times, and the date its clock times are read on. */
export interface ShownDay {
  index: number;
  /** The day's date, or today's when the day has none (its times are read as today's). */
  date: string;
  /** Whether that date is today at the venue: the buttons only work on the day itself. */
  isToday: boolean;
  live: LiveDay;
}

let shown: ShownDay | null = null;

/** The day on show: today's (or the next to come), unless another was chosen. */
export const $shownDay = computed([$days, $venueToday, $chosenDay], (days, today, chosen): ShownDay => {
  const index = Math.min(chosen ?? dayForDate(days, today), days.length - 1);
  const day = days[index]!;
  const date = day.date || today;
  const isToday = date === today;
  if (shown?.live.day === day && shown.index === index && shown.date === date && shown.isToday === isToday) {
    return shown;
  }
  shown = { index, date, isToday, live: liveDay(day) };
  return shown;
});

/** Minutes since the shown day's midnight at the venue, whole: changes once a minute. */
export const $dayMinute = computed([$now, $venueZone, $shownDay], (now, zone, day) =>
  Math.floor(minutesIntoDay(venueClock(new Date(now), zone), day.date)),
);

let status: LiveStatus | null = null;

/** What is on and what is next: a new value only when that changes. */
export const $liveStatus = computed([$shownDay, $dayMinute], (day, minute) => {
  const next = liveStatus(day.live, minute);
  if (!status || !sameStatus(status, next)) status = next;
  return status;
});

/** Whether the screen is kept on; asks for the wake lock while the live page listens. */
export const $screenLock = atom<ScreenLockState>({ kind: 'asking' });

onMount($screenLock, () => holdScreenOn((state) => $screenLock.set(state)));

/** Minutes since the shown day's midnight at this very moment (not the last tick). */
function nowOnShownDay(): number {
  return minutesIntoDay(venueClock(new Date(), $venueZone.get()), $shownDay.get().date);
}

function applyToShownDay(change: (day: ShownDay['live']['day'], now: number) => Result<LiveChange>): Result<string> {
  const { index, isToday, live } = $shownDay.get();
  if (!isToday) return fail('These buttons work on the day itself.');
  const result = change(live.day, nowOnShownDay());
  if (!result.ok) return result;
  const { day, label, message } = result.value;
  updatePlan(label, (plan) => ({ ...plan, days: plan.days.map((d, i) => (i === index ? day : d)) }));
  return ok(message);
}

/** "+5 min" (`delta` 5) or "−5 min" (−5); the message says what changed or why nothing did. */
export function shiftShownDay(delta: number): Result<string> {
  return applyToShownDay((day, now) => shiftDay(day, now, delta));
}

/** "Start next now". */
export function startNext(): Result<string> {
  return applyToShownDay(startNextNow);
}

/** Puts the shown day back on its planned times. */
export function backToPlannedTimes(): void {
  const { index } = $shownDay.get();
  updatePlan('go back to the planned times', (plan) => {
    const day = plannedAgain(plan.days[index]!);
    return day === plan.days[index] ? plan : { ...plan, days: plan.days.map((d, i) => (i === index ? day : d)) };
  });
}
