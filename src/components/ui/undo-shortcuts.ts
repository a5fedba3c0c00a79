import { useEffect } from 'react';

/** The parts of a key press that decide whether it is an undo or redo shortcut. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True in text fields, where the browser's own undo applies. */
  inTextField: boolean;
}

/** Ctrl/Cmd+Z → undo; Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y → redo; anything else (or typing) → null. */
export function undoShortcut(press: ShortcutKey): 'undo' | 'redo' | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey || press.inTextField) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

/** Fields where the browser's own undo applies, so the page's shortcuts stay out of the way. */
function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * Undo/redo keyboard shortcuts for a page, outside text fields and open dialogs. `run` performs
 * the step and returns its label (null when there was nothing to do).
 */
export function useUndoShortcuts(run: (step: 'undo' | 'redo') => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = undoShortcut({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        inTextField: isTextField(e.target),
      });
      if (!step || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      run(step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
