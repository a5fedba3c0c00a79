import { describe, expect, it } from 'vitest';
import { blankItem } from '../../src/domain/agenda-edit';
import { timeToMinutes } from '../../src/domain/agenda-times';
import {
  dayForDate,
  formatCountdown,
  liveDay,
  liveStatus,
  plannedAgain,
  sameStatus,
  shiftDay,
  startNextNow,
  type LiveChange,
} from '../../src/domain/live-schedule';
import type { AgendaItem, EventDay } from '../../src/domain/plan';
import type { Result } from '../../src/domain/result';

function item(id: string, title: string, minutes: number, actualMinutes: number | null = null): AgendaItem {
  return { ...blankItem(id), title, minutes, actualMinutes };
}

/** 10:00 Welcome (15) · 10:15 Goals (10) · 10:25 Break (30) · 10:55 Closing (45) → 11:40. */
function day(overrides: Partial<EventDay> = {}): EventDay {
  return {
    id: 'd1',
    date: '2027-03-13',
    start: '10:00',
    end: '16:00',
    actualStart: '',
    items: [item('a', 'Welcome', 15), item('b', 'Goals', 10), item('c', 'Break', 30), item('d', 'Closing', 45)],
    ...overrides,
  };
}

const at = (time: string, seconds = 0) => timeToMinutes(time) + seconds / 60;
const times = (d: EventDay) => liveDay(d).items.map((e) => [e.item.id, e.start, e.end]);
function changed(result: Result<LiveChange>): LiveChange {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the live times of a day', () => {
  it('are the planned times while nothing was changed', () => {
    const live = liveDay(day());
    expect(live.items.map((e) => [e.plannedStart, e.plannedEnd, e.start, e.end, e.skipped])).toEqual([
      [600, 615, 600, 615, false],
      [615, 625, 615, 625, false],
      [625, 655, 625, 655, false],
      [655, 700, 655, 700, false],
    ]);
    expect([live.start, live.end]).toEqual([600, 700]);
  });

  it('follow the actual start and the actual minutes, keeping the planned times beside them', () => {
    const live = liveDay(
      day({
        actualStart: '10:05',
        items: [item('a', 'Welcome', 15, 20), item('b', 'Goals', 10, 0), item('c', 'X', 30)],
      }),
    );
    expect(live.items.map((e) => [e.plannedStart, e.start, e.end, e.skipped])).toEqual([
      [600, 605, 625, false],
      [615, 625, 625, true],
      [625, 625, 655, false],
    ]);
  });
});

describe('what is on at a moment', () => {
  const live = liveDay(day());

  it('is nothing yet before the day, with the first item next', () => {
    expect(liveStatus(live, at('09:59', 59))).toEqual({ phase: 'before', next: 0 });
    expect(liveStatus(live, -300)).toEqual({ phase: 'before', next: 0 });
  });

  it('changes exactly at each start time', () => {
    expect(liveStatus(live, at('10:00'))).toEqual({ phase: 'during', current: 0, next: 1 });
    expect(liveStatus(live, at('10:14', 59))).toEqual({ phase: 'during', current: 0, next: 1 });
    expect(liveStatus(live, at('10:15'))).toEqual({ phase: 'during', current: 1, next: 2 });
    expect(liveStatus(live, at('11:39', 59))).toEqual({ phase: 'during', current: 3, next: null });
  });

  it('is over once the last item ends, also on a later day', () => {
    expect(liveStatus(live, at('11:40'))).toEqual({ phase: 'after' });
    expect(liveStatus(live, 1440 + 600)).toEqual({ phase: 'after' });
  });

  it('never lands on a skipped item', () => {
    const skipped = liveDay(day({ items: [item('a', 'A', 15), item('b', 'B', 10, 0), item('c', 'C', 30)] }));
    expect(liveStatus(skipped, at('10:14'))).toEqual({ phase: 'during', current: 0, next: 2 });
    expect(liveStatus(skipped, at('10:15'))).toEqual({ phase: 'during', current: 2, next: null });
  });

  it('is empty for a day without items', () => {
    expect(liveStatus(liveDay(day({ items: [] })), 600)).toEqual({ phase: 'empty' });
  });

  it('compares statuses by what they say', () => {
    expect(sameStatus({ phase: 'during', current: 1, next: 2 }, { phase: 'during', current: 1, next: 2 })).toBe(true);
    expect(sameStatus({ phase: 'during', current: 1, next: 2 }, { phase: 'during', current: 2, next: 3 })).toBe(false);
  });
});

describe('+5 min and −5 min', () => {
  it('lengthen the item on now and move every later start by 5 minutes', () => {
    const change = changed(shiftDay(day(), at('10:16', 30), 5));
    expect(change.label).toBe('add 5 minutes to “Goals”');
    expect(change.message).toBe('“Goals” now ends at 10:30 AM.');
    expect(change.day.items.map((i) => i.actualMinutes)).toEqual([null, 15, null, null]);
    expect(times(change.day)).toEqual([
      ['a', 600, 615],
      ['b', 615, 630],
      ['c', 630, 660],
      ['d', 660, 705],
    ]);
  });

  it('shorten it again, back to "as planned" when it reaches the plan', () => {
    const longer = changed(shiftDay(day(), at('10:01'), 5)).day;
    const back = changed(shiftDay(longer, at('10:02'), -5));
    expect(back.label).toBe('take 5 minutes off “Welcome”');
    expect(back.day.items[0]!.actualMinutes).toBeNull();
    const shorter = changed(shiftDay(back.day, at('10:03'), -5)).day;
    expect(times(shorter).slice(0, 2)).toEqual([
      ['a', 600, 610],
      ['b', 610, 620],
    ]);
  });

  it('never shorten an item below the minutes it has run, so it stays on', () => {
    const change = changed(shiftDay(day(), at('10:12', 10), -5));
    expect(change.label).toBe('take 2 minutes off “Welcome”');
    expect(change.day.items[0]!.actualMinutes).toBe(13);
    expect(liveStatus(liveDay(change.day), at('10:12', 10))).toEqual({ phase: 'during', current: 0, next: 1 });
    expect(shiftDay(day(), at('10:14', 20), -5)).toEqual({
      ok: false,
      error: '“Welcome” cannot be shortened any more: its last minute is under way. Use “Start next now” to move on.',
    });
  });

  it('move the start of a day that has not begun', () => {
    const later = changed(shiftDay(day(), at('09:30'), 5));
    expect([later.day.actualStart, later.label, later.message]).toEqual([
      '10:05',
      'start the day 5 minutes later',
      'The day now starts at 10:05 AM.',
    ]);
    expect(changed(shiftDay(day(), at('09:30'), -5)).day.actualStart).toBe('09:55');
    expect(shiftDay(day(), at('09:56'), -5)).toEqual({
      ok: false,
      error: 'The day cannot start before now. Use “Start next now” to begin it at once.',
    });
  });

  it('refuse once the day is over, or when it has no items', () => {
    expect(shiftDay(day(), at('12:00'), 5)).toEqual({
      ok: false,
      error: 'The day’s agenda is over; there is nothing left to move.',
    });
    expect(shiftDay(day({ items: [] }), at('10:00'), 5)).toEqual({
      ok: false,
      error: 'This day has no agenda items to move.',
    });
  });

  it('stop at 12 hours for one item', () => {
    const long = day({ items: [item('a', 'Marathon', 720)] });
    expect(shiftDay(long, at('10:00'), 5)).toEqual({
      ok: false,
      error: '“Marathon” cannot run longer than 12 hours.',
    });
  });
});

describe('Start next now', () => {
  it('ends the item on now at the current minute and starts the next', () => {
    const change = changed(startNextNow(day(), at('10:09', 40)));
    expect([change.label, change.message]).toEqual(['start “Goals” now', '“Goals” started at 10:09 AM.']);
    expect(change.day.items[0]!.actualMinutes).toBe(9);
    expect(liveStatus(liveDay(change.day), at('10:09', 40))).toEqual({ phase: 'during', current: 1, next: 2 });
    expect(times(change.day)[3]).toEqual(['d', 649, 694]);
  });

  it('counts an item ended in its first minute as skipped', () => {
    const change = changed(startNextNow(day(), at('10:15', 20)));
    expect(change.day.items[1]!.actualMinutes).toBe(0);
    expect(liveDay(change.day).items[1]!.skipped).toBe(true);
    expect(liveStatus(liveDay(change.day), at('10:15', 30))).toEqual({ phase: 'during', current: 2, next: 3 });
  });

  it('begins a day that has not started, now', () => {
    const change = changed(startNextNow(day(), at('09:47', 30)));
    expect([change.day.actualStart, change.label]).toEqual(['09:47', 'start “Welcome” now']);
    expect(times(change.day)[0]).toEqual(['a', 587, 602]);
  });

  it('ends the last item, and the day with it', () => {
    const change = changed(startNextNow(day(), at('11:30')));
    expect([change.label, change.message]).toEqual([
      'end “Closing” now',
      '“Closing” ended at 11:30 AM; that was the last item.',
    ]);
    expect(liveStatus(liveDay(change.day), at('11:30'))).toEqual({ phase: 'after' });
  });

  it('cannot start a day that is not today', () => {
    expect(startNextNow(day(), -30)).toEqual({ ok: false, error: 'The day can only be started on its own date.' });
  });
});

describe('back to the planned times', () => {
  it('clears the actual start and every changed length', () => {
    const moved = changed(shiftDay(changed(startNextNow(day(), at('09:50'))).day, at('09:51'), 5)).day;
    expect(plannedAgain(moved)).toEqual(day());
  });

  it('returns the same day when nothing was changed', () => {
    const d = day();
    expect(plannedAgain(d)).toBe(d);
  });
});

describe('which day the event-day page shows', () => {
  const days = [{ date: '2027-03-13' }, { date: '2027-03-14' }];

  it('is the day dated today at the venue', () => {
    expect(dayForDate(days, '2027-03-14')).toBe(1);
    expect(dayForDate(days, '2027-03-13')).toBe(0);
  });

  it('is the next day to come before or between the days, the last one after them', () => {
    expect(dayForDate(days, '2027-01-01')).toBe(0);
    expect(dayForDate([{ date: '2027-03-13' }, { date: '2027-03-20' }], '2027-03-16')).toBe(1);
    expect(dayForDate(days, '2027-04-01')).toBe(1);
  });

  it('is the first day when no day has a date', () => {
    expect(dayForDate([{ date: '' }, { date: '' }], '2027-03-14')).toBe(0);
  });
});

describe('the countdown', () => {
  it('shows minutes and seconds, hours when there are any, rounding up and never below zero', () => {
    expect([545, 0.2, 3723, 59.5, -4].map(formatCountdown)).toEqual(['9:05', '0:01', '1:02:03', '1:00', '0:00']);
  });
});
