import { useState } from 'react';
import type { Result } from '../../domain/result';
import { backToPlannedTimes, shiftShownDay, startNext } from '../../stores/live';
import { focusSoon } from '../ui/focus';

interface Props {
  /** False on another day than today: the buttons stay, greyed, and say why they do nothing. */
  usable: boolean;
  /** The day's agenda is over: nothing is left to move. */
  over: boolean;
  /** The day has actual times, so it can go back to the planned ones. */
  changed: boolean;
}

/**
 * "+5 min", "−5 min" and "Start next now", with a status line saying what each did, and a way
 * back to the planned times.
 */
export function LiveControls({ usable, over, changed }: Props) {
  const [message, setMessage] = useState('');
  const run = (action: () => Result<string>) => {
    const result = action();
    setMessage(result.ok ? result.value : result.error);
  };
  const off = usable ? undefined : true;
  return (
    <div className="live-controls">
      {!over && (
        <>
          <div className="live-buttons">
            <button
              id="live-later"
              type="button"
              aria-disabled={off}
              aria-describedby="live-controls-hint"
              onClick={() => run(() => shiftShownDay(5))}
            >
              +5 min
            </button>
            <button
              type="button"
              aria-disabled={off}
              aria-describedby="live-controls-hint"
              onClick={() => run(() => shiftShownDay(-5))}
            >
              −5 min
            </button>
            <button
              type="button"
              aria-disabled={off}
              aria-describedby="live-controls-hint"
              onClick={() => run(startNext)}
            >
              Start next now
            </button>
          </div>
          <p id="live-controls-hint" className="hint">
            {usable
              ? 'Each button moves every later item; the planned times stay beside the new ones.'
              : 'These buttons work on the day itself.'}
          </p>
        </>
      )}
      <p role="status" className="live-message">
        {message}
      </p>
      {changed && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            backToPlannedTimes();
            setMessage('The day is back on its planned times.');
            // The button goes away with the changes: focus moves to the first live button (or the page).
            focusSoon('live-later', 'main');
          }}
        >
          Back to the planned times
        </button>
      )}
    </div>
  );
}
