/**
 * Wall-clock times at the venue → instants. Calendar files must not depend on the browser's
 * time zone, so every instant is computed from the plan's IANA zone with @date-fns/tz.
 */
import { TZDate } from '@date-fns/tz';

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
