interface Props {
  undoLabel: string | null;
  redoLabel: string | null;
  /** Undoes the last change; returns its label, or null when there was nothing to undo. */
  onUndo: () => string | null;
  onRedo: () => string | null;
  announce: (message: string) => void;
  undoId?: string;
  redoId?: string;
}

/**
 * Undo and redo buttons that name what they would undo ("Undo: import"). With nothing to undo
 * they are `aria-disabled`, not `disabled`: a disabled button loses keyboard focus to <body>
 * the moment the last step is undone, while this one keeps it and says "Nothing to undo."
 */
export function HistoryButtons({ undoLabel, redoLabel, onUndo, onRedo, announce, undoId, redoId }: Props) {
  return (
    <>
      <button
        type="button"
        className="secondary"
        id={undoId}
        aria-disabled={!undoLabel || undefined}
        onClick={() => {
          const label = onUndo();
          announce(label ? `Undone: ${label}.` : 'Nothing to undo.');
        }}
      >
        Undo{undoLabel && <span className="history-what">: {undoLabel}</span>}
      </button>
      <button
        type="button"
        className="secondary"
        id={redoId}
        aria-disabled={!redoLabel || undefined}
        onClick={() => {
          const label = onRedo();
          announce(label ? `Redone: ${label}.` : 'Nothing to redo.');
        }}
      >
        Redo{redoLabel && <span className="history-what">: {redoLabel}</span>}
      </button>
    </>
  );
}
