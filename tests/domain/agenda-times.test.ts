import { describe, expect, it } from 'vitest';
import {
  computeDayTimes,
  dayEndMinutes,
  dayTiming,
  formatClock,
  formatDuration,
  minutesToTime,
  timeToMinutes,
} from '../../src/domain/agenda-times';
import { venueInstant } from '../../src/domain/instants';
import { blankItem } from '../../src/domain/agenda-edit';
import type { AgendaItem } from '../../src/domain/plan';

const item = (id: string, minutes: number): AgendaItem => ({ ...blankItem(id), title: id, minutes });

describe('agenda times', () => {
  it('places items one after another from the day start', () => {
    const times = computeDayTimes('09:00', [item('a', 30), item('b', 45), item('c', 15)]);
    expect(times.map((t) => [t.item.id, t.startMinutes, t.endMinutes])).toEqual([
      ['a', 540, 570],
      ['b', 570, 615],
      ['c', 615, 630],
    ]);
    expect(dayEndMinutes('09:00', [item('a', 30), item('b', 45), item('c', 15)])).toBe(630);
  });

  it('ends an empty day at its start', () => {
    expect(dayEndMinutes('08:30', [])).toBe(510);
  });

  it('formats clock times in 12- and 24-hour style, marking the next day', () => {
    expect(timeToMinutes('13:05')).toBe(785);
    expect(formatClock(785)).toBe('1:05 PM');
    expect(formatClock(785, '24h')).toBe('13:05');
    expect(formatClock(0)).toBe('12:00 AM');
    expect(formatClock(1440 + 30, '24h')).toBe('00:30 (+1 day)');
    expect(minutesToTime(1440 + 30)).toBe('00:30');
  });

  it('turns the clock at noon and midnight, with hours and minutes always two digits in 24-hour style', () => {
    expect([719, 720, 779, 1439].map((m) => formatClock(m))).toEqual(['11:59 AM', '12:00 PM', '12:59 PM', '11:59 PM']);
    expect([0, 65, 605].map((m) => formatClock(m, '24h'))).toEqual(['00:00', '01:05', '10:05']);
    expect(formatClock(1440 + 61)).toBe('1:01 AM (+1 day)');
    expect(minutesToTime(-30)).toBe('23:30');
  });

  it('writes durations in words', () => {
    expect([45, 60, 90, 125].map(formatDuration)).toEqual(['45 min', '1 h', '1 h 30 min', '2 h 5 min']);
  });
});

describe('dayTiming', () => {
  const day = { start: '09:00', end: '10:00' };

  it('says how far the items run past the planned end', () => {
    expect(dayTiming(day, [item('a', 45), item('b', 30)])).toEqual({
      plannedEnd: 600,
      actualEnd: 615,
      overBy: 15,
      underBy: 0,
    });
  });

  it('says how long before the planned end the items stop', () => {
    expect(dayTiming(day, [item('a', 20)])).toEqual({ plannedEnd: 600, actualEnd: 560, overBy: 0, underBy: 40 });
  });

  it('gives neither when the items end exactly on time', () => {
    expect(dayTiming(day, [item('a', 60)])).toEqual({ plannedEnd: 600, actualEnd: 600, overBy: 0, underBy: 0 });
  });

  it('ends a day without items at its start', () => {
    expect(dayTiming(day, [])).toEqual({ plannedEnd: 600, actualEnd: 540, overBy: 0, underBy: 60 });
  });
});

describe('venueInstant', () => {
  it('turns venue wall time into the right instant on both sides of a DST change', () => {
    // Chicago moves to daylight time on 2027-03-14.
    expect(venueInstant('2027-03-13', 9 * 60, 'America/Chicago').toISOString()).toBe('2027-03-13T15:00:00.000Z');
    expect(venueInstant('2027-03-14', 9 * 60, 'America/Chicago').toISOString()).toBe('2027-03-14T14:00:00.000Z');
  });

  it('rolls minutes past midnight into the next day', () => {
    expect(venueInstant('2027-03-13', 1440 + 60, 'Asia/Tokyo').toISOString()).toBe('2027-03-13T16:00:00.000Z');
  });
});
