import { useStore } from '@nanostores/react';
import { formatCountdown } from '../../domain/live-schedule';
import { minutesIntoDay, venueClock } from '../../domain/venue-clock';
import { $now } from '../../stores/live';

interface Props {
  /** When the countdown reaches zero: minutes after midnight of `date` on the venue's clock. */
  until: number;
  date: string;
  zone: string;
  /** Words after the time: `left`, `to the start`. */
  suffix: string;
}

/**
 * The one part of the live page that changes every second. Screen readers are not told each
 * tick (a timer is not a live region); the announcer says when the session changes instead.
 */
export function Countdown({ until, date, zone, suffix }: Props) {
  const now = minutesIntoDay(venueClock(new Date(useStore($now)), zone), date);
  return (
    <p className="countdown">
      <span role="timer">{formatCountdown((until - now) * 60)}</span> <span className="countdown-words">{suffix}</span>
    </p>
  );
}
