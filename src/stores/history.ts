/**
 * One undo history for the whole plan. It listens to `$plan`: every labelled edit becomes an
 * entry holding the plan before and after it, so actions write the plan once and know nothing
 * of undo. Consecutive edits of one group (keystrokes in one field) extend the same entry.
 * Undo and redo put a whole plan back in one write. A replaced plan clears the history.
 */
import { atom } from 'nanostores';
import type { Plan } from '../domain/plan';
import { $plan, currentChange, restorePlanState } from './plan';

export interface HistoryState {
  /** What undo would undo ("change the venue"), or null when there is nothing. */
  undoLabel: string | null;
  redoLabel: string | null;
}

interface Entry {
  before: Plan;
  after: Plan;
  label: string;
  group: string | null;
}

/** Most steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 100;

export const $history = atom<HistoryState>({ undoLabel: null, redoLabel: null });

let past: Entry[] = [];
let future: Entry[] = [];
/** Whether the last entry may still grow with edits of its group. */
let groupOpen = false;

function publish(): void {
  $history.set({ undoLabel: past.at(-1)?.label ?? null, redoLabel: future.at(-1)?.label ?? null });
}

$plan.listen((plan, previous) => {
  const change = currentChange();
  if (!change || !previous) return; // undo or redo putting a plan back
  const before = previous as Plan;
  if (change.kind === 'replace') {
    clearHistory();
    return;
  }
  const last = past.at(-1);
  if (change.group && groupOpen && last && last.group === change.group && last.after === before) {
    last.after = plan;
  } else {
    past.push({ before, after: plan, label: change.label, group: change.group });
    if (past.length > HISTORY_LIMIT) past = past.slice(-HISTORY_LIMIT);
  }
  groupOpen = change.group !== null;
  future = [];
  publish();
});

/** Ends the current group: the next keystroke in the same field starts a new undo step. */
export function endEditGroup(): void {
  groupOpen = false;
}

/** Undoes the last edit; returns its label, or null when there is nothing to undo. */
export function undo(): string | null {
  const entry = past.pop();
  if (!entry) return null;
  groupOpen = false;
  future.push(entry);
  restorePlanState(entry.before);
  publish();
  return entry.label;
}

/** Redoes the last undone edit; returns its label, or null when there is none. */
export function redo(): string | null {
  const entry = future.pop();
  if (!entry) return null;
  groupOpen = false;
  past.push(entry);
  restorePlanState(entry.after);
  publish();
  return entry.label;
}

/** Forgets every step (a whole plan replaced the current one). */
export function clearHistory(): void {
  past = [];
  future = [];
  groupOpen = false;
  publish();
}
