import { describe, expect, it } from 'vitest';
import { isRealDate, longDate, nextDate, parseDate, shiftDate } from '../../src/domain/dates';

describe('calendar dates', () => {
  it('shifts dates across month, year and DST boundaries', () => {
    expect(nextDate('2027-02-28')).toBe('2027-03-01');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(shiftDate('2027-03-14', -1)).toBe('2027-03-13');
    expect(shiftDate('2027-11-07', 1)).toBe('2027-11-08');
    expect(shiftDate('2027-03-13', -60)).toBe('2027-01-12');
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDate('2027-01-05', 400)).toBe('2028-02-09');
  });

  it('keeps four-digit years below 1000 when shifting', () => {
    expect(shiftDate('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('gives nothing for a missing or impossible date', () => {
    expect(nextDate('')).toBe('');
    expect(parseDate('2027-02-30')).toBeNull();
    expect(parseDate('27-2-3')).toBeNull();
  });

  it('knows which dates exist on the calendar, leap days included', () => {
    const checked = [
      '2028-02-29',
      '2027-02-29',
      '2027-02-28',
      '2027-13-45',
      '2027-00-10',
      '2027-04-31',
      '2027-12-31',
      '2027-1-5',
    ];
    expect(checked.map((date) => [date, isRealDate(date)])).toEqual([
      ['2028-02-29', true],
      ['2027-02-29', false],
      ['2027-02-28', true],
      ['2027-13-45', false],
      ['2027-00-10', false],
      ['2027-04-31', false],
      ['2027-12-31', true],
      ['2027-1-5', false],
    ]);
    expect(parseDate('2028-02-29')?.toDateString()).toBe('Tue Feb 29 2028');
  });

  it('writes a date in words', () => {
    expect(longDate('2027-03-13')).toBe('Saturday, March 13, 2027');
    expect(longDate('')).toBe('');
  });
});
