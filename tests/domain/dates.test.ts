import { describe, expect, it } from 'vitest';
import { longDate, nextDate, parseDate, shiftDate } from '../../src/domain/dates';

describe('calendar dates', () => {
  it('shifts dates across month, year and DST boundaries', () => {
    expect(nextDate('2027-02-28')).toBe('2027-03-01');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(shiftDate('2027-03-14', -1)).toBe('2027-03-13');
    expect(shiftDate('2027-11-07', 1)).toBe('2027-11-08');
    expect(shiftDate('2027-03-13', -60)).toBe('2027-01-12');
  });

  it('gives nothing for a missing or impossible date', () => {
    expect(nextDate('')).toBe('');
    expect(parseDate('2027-02-30')).toBeNull();
    expect(parseDate('27-2-3')).toBeNull();
  });

  it('writes a date in words', () => {
    expect(longDate('2027-03-13')).toBe('Saturday, March 13, 2027');
    expect(longDate('')).toBe('');
  });
});
