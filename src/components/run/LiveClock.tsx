import { useStore } from '@nanostores/react';
import { $screenLock, $venueTime, $venueZone, $zoneKnown } from '../../stores/live';

/** The time at the venue (changes once a minute) and whether the screen is kept on. */
export function LiveClock() {
  const time = useStore($venueTime);
  const zone = useStore($venueZone);
  const known = useStore($zoneKnown);
  const lock = useStore($screenLock);
  return (
    <div className="live-clock">
      <p className="venue-time">
        <span className="big-time">{time}</span> <span className="hint">at the venue ({zone})</span>
      </p>
      {!known && (
        <p className="notice warn">
          The plan’s time zone is not one this browser knows, so the times follow this device’s clock. Fix it on the
          Start page.
        </p>
      )}
      <p className="hint screen-note">
        {lock.kind === 'on' && 'The screen stays on while this page is open.'}
        {lock.kind === 'off' && 'This browser may dim the screen; keep it awake in the phone’s settings if needed.'}
      </p>
    </div>
  );
}
