import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replacePlan, $plan } from '../../src/stores/plan';
import {
  $chosenDay,
  $liveStatus,
  $now,
  $shownDay,
  $venueTime,
  $venueZone,
  $zoneKnown,
  backToPlannedTimes,
  chooseDay,
  shiftShownDay,
  startNext,
} from '../../src/stores/live';
import { undo } from '../../src/stores/history';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();
let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  // 10:16:30 at the Chicago venue on day 1 (CST, UTC−6).
  vi.setSystemTime(new Date('2027-03-13T16:16:30Z'));
  replacePlan(samplePlan(content));
  $chosenDay.set(null);
  // A listener mounts the stores, as the live page does; the clock starts ticking.
  stop = $liveStatus.listen(() => {});
});
afterEach(() => {
  stop();
  // nanostores unmounts a store a second after its last listener goes, and each store it was made
  // from a second after that: let all of that happen here,
  // so the next test mounts it (and starts its clock) afresh.
  vi.advanceTimersByTime(10_000);
  vi.useRealTimers();
});

describe('the live stores', () => {
  it('show the day dated today at the venue and what is on now', () => {
    expect($shownDay.get()).toMatchObject({ index: 0, date: '2027-03-13', isToday: true });
    expect($liveStatus.get()).toEqual({ phase: 'during', current: 1, next: 2 });
    expect($venueTime.get()).toBe('10:16 AM');
  });

  it('tick once a second and move on to the next session at its start', () => {
    const seen: number[] = [];
    const unlisten = $now.listen((now) => seen.push(now));
    vi.advanceTimersByTime(3000);
    unlisten();
    expect(seen.length).toBe(3);
    vi.advanceTimersByTime(8.5 * 60_000);
    expect($liveStatus.get()).toEqual({ phase: 'during', current: 2, next: 3 });
  });

  it('keep the same status object while nothing changes, so its readers do not re-render', () => {
    const first = $liveStatus.get();
    vi.advanceTimersByTime(5000);
    expect($liveStatus.get()).toBe(first);
  });
});

describe('the live buttons', () => {
  it('add 5 minutes to the session on now as one undoable edit', () => {
    expect(shiftShownDay(5)).toEqual({ ok: true, value: '“Review Goals for the Convening” now ends at 10:30 AM.' });
    expect($plan.get().days[0]!.items[1]!.actualMinutes).toBe(15);
    expect(undo()).toBe('add 5 minutes to “Review Goals for the Convening”');
    expect($plan.get().days[0]!.items[1]!.actualMinutes).toBeNull();
  });

  it('start the next session now, and go back to the planned times', () => {
    expect(startNext()).toEqual({
      ok: true,
      value: '“Introductions: Who is Here and How Are We Working to Support Youth?” started at 10:16 AM.',
    });
    expect($liveStatus.get()).toEqual({ phase: 'during', current: 2, next: 3 });
    backToPlannedTimes();
    expect($plan.get().days[0]).toEqual(samplePlan(content).days[0]);
  });

  it('work only on the day itself', () => {
    chooseDay(1);
    expect($shownDay.get()).toMatchObject({ index: 1, date: '2027-03-14', isToday: false });
    expect(shiftShownDay(5)).toEqual({ ok: false, error: 'These buttons work on the day itself.' });
    expect($plan.get().days[1]).toEqual(samplePlan(content).days[1]);
  });
});

describe('a venue zone the browser does not know', () => {
  it('reads the clock in the device zone and says so', () => {
    replacePlan(samplePlan(content, { event: { timeZone: 'Mars/Olympus' } }));
    expect($zoneKnown.get()).toBe(false);
    expect($venueZone.get()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
