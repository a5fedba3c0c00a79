import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import { $agendaHistory, redoAgenda, undoAgenda } from '../../stores/agenda';
import { HistoryButtons } from '../ui/HistoryButtons';
import { focusSoon, type Announce } from './focus';

const UNDO_ID = 'agenda-undo';
const REDO_ID = 'agenda-redo';

/** Fields where the browser's own undo applies, so the agenda's shortcuts stay out of the way. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/** Undo and redo buttons, plus Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y outside text fields. */
export function HistoryBar({ announce }: { announce: Announce }) {
  const { undoLabel, redoLabel } = useStore($agendaHistory);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (key !== 'z' && !redo) return;
      e.preventDefault();
      const label = redo ? redoAgenda() : undoAgenda();
      announce(label ? `${redo ? 'Redone' : 'Undone'}: ${label}.` : `Nothing to ${redo ? 'redo' : 'undo'}.`);
      // Undo can remove the focused item (an undone add): keep focus on the page, at the buttons.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) focusSoon(UNDO_ID, REDO_ID);
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [announce]);

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
