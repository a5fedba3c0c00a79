import { useState } from 'react';
import type { Result } from '../../domain/result';
import { backToPlannedTimes, shiftShownDay, startNext } from '../../stores/live';
import { focusSoon } from '../ui/focus';

/** "+5 min", "−5 min" and "Start next now", with a status line saying what each did. */
export function LiveControls({ usable, changed }: { usable: boolean; changed: boolean }) {
  const [message, setMessage] = useState('');
  const run = (action: () => Result<string>) => {
    const result = action();
    setMessage(result.ok ? result.value : result.error);
  };
  const off = usable ? undefined : true;
  return (
    <div className="live-controls">
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
        <button type="button" aria-disabled={off} aria-describedby="live-controls-hint" onClick={() => run(startNext)}>
          Start next now
        </button>
      </div>
      <p id="live-controls-hint" className="hint">
        {usable
          ? 'Each button moves every later item; the planned times stay beside the new ones.'
          : 'These buttons work on the day itself.'}
      </p>
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
            // The button goes away with the changes: focus moves to the first live button.
            focusSoon('live-later');
          }}
        >
          Back to the planned times
        </button>
      )}
    </div>
  );
}
