import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useCallback, useEffect, useState } from 'react';
import { $history, endEditGroup, redo, undo } from '../../stores/history';
import { HistoryButtons } from './HistoryButtons';
import { useUndoShortcuts } from './undo-shortcuts';

const UNDO_ID = 'plan-undo';

/**
 * Undo and redo for the whole plan, on every step: buttons naming the change ("Undo: change
 * the venue") plus Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y outside text fields.
 */
export default function PlanHistory() {
  const { undoLabel, redoLabel } = useStore($history);
  const [message, setMessage] = useState('');
  // The same message twice must still be heard: a trailing no-break space makes it new.
  const announce = useCallback(
    (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );

  const run = useCallback(
    (step: 'undo' | 'redo') => {
      const label = step === 'redo' ? redo() : undo();
      announce(label ? `${step === 'redo' ? 'Redone' : 'Undone'}: ${label}.` : `Nothing to ${step}.`);
      // Undo can remove the focused element (an undone add): keep focus on the page, at Undo.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) {
          document.getElementById(UNDO_ID)?.focus();
        }
      });
    },
    [announce],
  );
  useUndoShortcuts(run);
  // Keystrokes in one field are one undo step; moving to another control ends that step, so a
  // later visit to the same field is a step of its own.
  useEffect(() => {
    document.addEventListener('focusin', endEditGroup);
    return () => document.removeEventListener('focusin', endEditGroup);
  }, []);

  return (
    <div className="plan-history" role="group" aria-label="Undo and redo">
      <HistoryButtons
        undoLabel={undoLabel}
        redoLabel={redoLabel}
        onUndo={undo}
        onRedo={redo}
        announce={announce}
        undoId={UNDO_ID}
        redoId="plan-redo"
      />
      <p role="status" className="history-status">
        {message}
      </p>
    </div>
  );
}
