import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { formatClock } from '../../domain/agenda-times';
import type { LiveStatus } from '../../domain/live-schedule';
import type { ShownDay } from '../../stores/live';
import { Countdown } from './Countdown';
import { HeardField } from '../ui/HeardField';
import { LiveTimes } from './LiveAgenda';

interface Props {
  shown: ShownDay;
  /** The buttons that move the day, placed right under the countdown. */
  controls: ReactNode;
  status: LiveStatus;
  zone: string;
  followUpHref: string;
}

/**
 * The notes box follows the item on now, except while someone is typing in it: a session that
 * changes mid-sentence keeps the sentence in the session it was about.
 */
function useNotesItem(currentIndex: number | null): [number | null, () => void, RefObject<HTMLDivElement>] {
  const [index, setIndex] = useState(currentIndex);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current?.contains(document.activeElement)) setIndex(currentIndex);
  }, [currentIndex]);
  return [index, () => setIndex(currentIndex), box];
}

/** What is on now with its countdown, or when the day starts; then what comes next. */
export function NowPanel({ shown, controls, status, zone, followUpHref }: Props) {
  const { live, date, isToday } = shown;
  const current = status.phase === 'during' ? status.current : null;
  const [notesIndex, followCurrent, notesBox] = useNotesItem(current);
  const nextIndex = status.phase === 'during' ? status.next : status.phase === 'before' ? status.next : null;
  const next = nextIndex === null ? null : live.items[nextIndex]!;
  const now = current === null ? null : live.items[current]!;
  const notes = notesIndex === null ? null : (live.items[notesIndex] ?? null);
  const titleOf = (entry: { item: { title: string } }) => entry.item.title.trim() || 'Untitled item';
  return (
    <section aria-labelledby="live-now-heading" className="live-now">
      {now && (
        <>
          <h2 id="live-now-heading" className="now-label">
            Now
          </h2>
          <p className="now-title">{titleOf(now)}</p>
          <LiveTimes entry={now} />
          <Countdown until={now.end} date={date} zone={zone} suffix="left" />
        </>
      )}
      {status.phase === 'before' && (
        <>
          <h2 id="live-now-heading" className="now-label">
            Not started yet
          </h2>
          <p className="now-title">The day starts at {formatClock(live.start)}</p>
          {isToday && <Countdown until={live.start} date={date} zone={zone} suffix="to the start" />}
        </>
      )}
      {status.phase === 'after' && (
        <>
          <h2 id="live-now-heading" className="now-label">
            The day’s agenda is over
          </h2>
          <p>
            It ended at {formatClock(live.end)}. Note what was agreed on the <a href={followUpHref}>follow-up page</a>.
          </p>
        </>
      )}
      {controls}
      {next && (
        <div className="live-next">
          <h3>Next</h3>
          <p className="next-title">{titleOf(next)}</p>
          <LiveTimes entry={next} />
        </div>
      )}
      {notes && (
        <div ref={notesBox} onBlur={followCurrent}>
          <HeardField itemId={notes.item.id} heard={notes.item.heard} label={`Notes on “${titleOf(notes)}”`} />
        </div>
      )}
    </section>
  );
}
