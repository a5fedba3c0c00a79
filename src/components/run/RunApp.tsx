import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { shortDate, longDate } from '../../domain/dates';
import type { LiveStatus } from '../../domain/live-schedule';
import { $liveStatus, $screenLock, $shownDay, $venueZone, chooseDay } from '../../stores/live';
import { $plan } from '../../stores/plan';
import { DayProgress } from './DayProgress';
import { LiveAgenda } from './LiveAgenda';
import { LiveClock } from './LiveClock';
import { LiveControls } from './LiveControls';
import { NowPanel } from './NowPanel';
import { planIsland } from '../ui/plan-island';

interface Props {
  agendaHref: string;
  followUpHref: string;
}

/**
 * What the polite live region says: the session on now. It is the same text until the session
 * changes, so a screen reader hears each change once; the countdown is never read out.
 */
function announcement(status: LiveStatus, titleAt: (index: number) => string): string {
  if (status.phase === 'during') return `Now: ${titleAt(status.current)}.`;
  return status.phase === 'after' ? 'The day’s agenda is over.' : '';
}

/** The event day on a phone: clock, what is on, countdown, next item, buttons, notes and the day's list. */
export function RunView({ agendaHref, followUpHref }: Props) {
  const shown = useStore($shownDay);
  const status = useStore($liveStatus);
  const zone = useStore($venueZone);
  const days = useStore($plan).days;
  // Keeps the screen on for as long as the page shows the live agenda.
  useStore($screenLock);
  const { live, index, isToday } = shown;
  const titleAt = (i: number) => live.items[i]?.item.title.trim() || 'Untitled item';
  const heading = `Day ${index + 1}${live.day.date ? ` · ${longDate(live.day.date)}` : ''}`;
  const current = status.phase === 'during' ? status.current : null;
  const changed = live.day.actualStart !== '' || live.day.items.some((item) => item.actualMinutes !== null);
  return (
    <div className="run-app">
      {days.length > 1 && (
        <div role="group" aria-label="Which day" className="day-switch">
          {days.map((day, i) => (
            <button
              key={day.id}
              type="button"
              className="secondary"
              aria-pressed={i === index}
              onClick={() => chooseDay(i)}
            >
              Day {i + 1}
              {day.date && <span className="hint"> · {shortDate(day.date)}</span>}
            </button>
          ))}
        </div>
      )}
      <LiveClock />
      {!live.day.date && <p className="hint">Day {index + 1} has no date yet, so its times are read as today’s.</p>}
      {status.phase === 'empty' ? (
        <p className="notice warn">
          Day {index + 1} has no agenda items yet. <a href={agendaHref}>Build the agenda</a> first.
        </p>
      ) : (
        <>
          <NowPanel
            shown={shown}
            status={status}
            zone={zone}
            followUpHref={followUpHref}
            controls={<LiveControls usable={isToday} over={status.phase === 'after'} changed={changed} />}
          />
          <DayProgress live={live} current={current} />
          <LiveAgenda live={live} heading={heading} current={current} />
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement(status, titleAt)}
      </p>
    </div>
  );
}

/** The live agenda needs the clock, so the server renders a frame (see the page), not this view. */
export default planIsland(RunView);
