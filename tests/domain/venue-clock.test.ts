import { afterAll, describe, expect, it, vi } from 'vitest';

// The device is in Tokyo, the venue in Chicago: the venue clock must not follow the device.
const previousTz = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  return previous;
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});
import { venueInstant } from '../../src/domain/instants';
import { minutesIntoDay, venueClock } from '../../src/domain/venue-clock';

describe('the venue clock', () => {
  it('reads the wall clock in the venue zone, not the device zone', () => {
    // 16:10:30 UTC on 13 March 2027 is 10:10:30 in Chicago (CST) and 01:10:30 on the 14th in Tokyo.
    expect(venueClock(new Date('2027-03-13T16:10:30Z'), 'America/Chicago')).toEqual({
      date: '2027-03-13',
      minutes: 610.5,
    });
  });

  it('follows the change to daylight saving time', () => {
    // 14:00 UTC on 14 March 2027 is 09:00 CDT.
    expect(venueClock(new Date('2027-03-14T14:00:00Z'), 'America/Chicago')).toEqual({
      date: '2027-03-14',
      minutes: 540,
    });
  });

  it('counts minutes from the midnight of a given day, negative before it and past 1440 after it', () => {
    const clock = { date: '2027-03-13', minutes: 610.5 };
    expect(minutesIntoDay(clock, '2027-03-13')).toBe(610.5);
    expect(minutesIntoDay(clock, '2027-03-14')).toBe(610.5 - 1440);
    expect(minutesIntoDay(clock, '2027-03-12')).toBe(610.5 + 1440);
  });

  it('gives back the instant venueInstant made', () => {
    const instant = venueInstant('2027-11-07', 8 * 60 + 30, 'America/Chicago');
    expect(instant.toISOString()).toBe('2027-11-07T14:30:00.000Z');
    expect(venueClock(instant, 'America/Chicago')).toEqual({ date: '2027-11-07', minutes: 510 });
  });
});
