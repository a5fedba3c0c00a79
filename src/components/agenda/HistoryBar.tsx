import { useStore } from '@nanostores/react';
import { useCallback } from 'react';
import { $agendaHistory, redoAgenda, undoAgenda } from '../../stores/agenda';
import { HistoryButtons } from '../ui/HistoryButtons';
import { useUndoShortcuts } from '../ui/undo-shortcuts';
import { focusSoon, type Announce } from './focus';

const UNDO_ID = 'agenda-undo';
const REDO_ID = 'agenda-redo';

/** Undo and redo buttons, plus Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y outside text fields. */
export function HistoryBar({ announce }: { announce: Announce }) {
  const { undoLabel, redoLabel } = useStore($agendaHistory);

  const run = useCallback(
    (step: 'undo' | 'redo') => {
      const label = step === 'redo' ? redoAgenda() : undoAgenda();
      announce(label ? `${step === 'redo' ? 'Redone' : 'Undone'}: ${label}.` : `Nothing to ${step}.`);
      // Undo can remove the focused item (an undone add): keep focus on the page, at the buttons.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) focusSoon(UNDO_ID, REDO_ID);
      });
    },
    [announce],
  );
  useUndoShortcuts(run);

  return (
    <div className="history-bar actions" role="group" aria-label="Undo and redo">
      <HistoryButtons
        undoLabel={undoLabel}
        redoLabel={redoLabel}
        onUndo={undoAgenda}
        onRedo={redoAgenda}
        announce={announce}
        undoId={UNDO_ID}
        redoId={REDO_ID}
      />
    </div>
  );
}
