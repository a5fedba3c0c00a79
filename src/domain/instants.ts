/**
 * Wall-clock times at the venue → instants. Calendar files must not depend on the browser's
 * time zone, so every instant is computed from the plan's IANA zone with @date-fns/tz.
 */
import { TZDate } from '@date-fns/tz';
import { daysBetween } from './dates';

/**
 * The instant at `minutes` after midnight of `date` (YYYY-MM-DD) in `timeZone`. Minutes past
 * 1440 roll into the next day. In a DST gap the time moves forward, as calendars do.
 */
export function venueInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = new TZDate(y!, m! - 1, d!, 0, 0, 0, timeZone);
  wall.setMinutes(minutes);
  return new Date(wall.getTime());
}

/** The venue's wall clock at an instant: its date and the minutes since its midnight. */
export interface VenueClock {
  /** `YYYY-MM-DD` at the venue. */
  date: string;
  /** Minutes after the venue's midnight, with the seconds as a fraction. */
  minutes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What the clock on the venue's wall says at `instant`, whatever zone this device is in. */
export function venueClock(instant: Date, timeZone: string): VenueClock {
  const wall = new TZDate(instant.getTime(), timeZone);
  return {
    date: `${wall.getFullYear()}-${pad(wall.getMonth() + 1)}-${pad(wall.getDate())}`,
    minutes: wall.getHours() * 60 + wall.getMinutes() + wall.getSeconds() / 60 + wall.getMilliseconds() / 60000,
  };
}

/**
 * The clock's time as minutes after midnight of `date` (`YYYY-MM-DD`): negative on earlier days,
 * past 1440 on later ones, so it compares with agenda times on that day.
 */
export function minutesIntoDay(clock: VenueClock, date: string): number {
  return (daysBetween(date, clock.date) ?? 0) * 1440 + clock.minutes;
}
