import { useStore } from '@nanostores/react';
import { formatDuration } from '../../domain/agenda-times';
import type { LiveDay } from '../../domain/live-schedule';
import { $dayMinute } from '../../stores/live';

/** How far through the day it is: a bar, the item number and the time to the end (once a minute). */
export function DayProgress({ live, current }: { live: LiveDay; current: number | null }) {
  const minute = useStore($dayMinute);
  const running = live.items.filter((entry) => !entry.skipped);
  const length = Math.max(1, live.end - live.start);
  const done = Math.min(length, Math.max(0, minute - live.start));
  const position = current === null ? 0 : running.indexOf(live.items[current]!) + 1;
  const left = live.end - Math.max(minute, live.start);
  return (
    <div className="live-progress">
      <p id="live-progress-label" className="label">
        Through the day
      </p>
      <progress aria-labelledby="live-progress-label" max={length} value={done} />
      <p className="hint">
        {position > 0 && `Item ${position} of ${running.length} · `}
        {minute < live.start
          ? `The day runs ${formatDuration(length)}`
          : left > 0
            ? `${formatDuration(left)} to the end of the day`
            : 'The day’s agenda is over'}
      </p>
    </div>
  );
}
