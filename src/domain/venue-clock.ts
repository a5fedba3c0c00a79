/**
 * The venue's wall clock at an instant, whatever zone the device is in. It takes only the zone's
 * UTC offset from @date-fns/tz (`tzOffset`, Intl underneath) and reads the shifted instant with
 * UTC getters: no `TZDate`, which keeps the event-day page light, and no Date subclass, which
 * test clocks that replace `Date` (Playwright's `page.clock`) would turn back into a plain Date.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { daysBetween } from './dates';

/** The venue's wall clock at an instant: its date and the minutes since its midnight. */
export interface VenueClock {
  /** `YYYY-MM-DD` at the venue. */
  date: string;
  /** Minutes after the venue's midnight, with the seconds as a fraction. */
  minutes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What the clock on the venue's wall says at `instant`. */
export function venueClock(instant: Date, timeZone: string): VenueClock {
  const wall = new Date(instant.getTime() + tzOffset(timeZone, instant) * 60_000);
  return {
    date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    minutes:
      wall.getUTCHours() * 60 + wall.getUTCMinutes() + wall.getUTCSeconds() / 60 + wall.getUTCMilliseconds() / 60_000,
  };
}

/**
 * The clock's time as minutes after midnight of `date` (`YYYY-MM-DD`): negative on earlier days,
 * past 1440 on later ones, so it compares with agenda times on that day.
 */
export function minutesIntoDay(clock: VenueClock, date: string): number {
  return (daysBetween(date, clock.date) ?? 0) * 1440 + clock.minutes;
}
