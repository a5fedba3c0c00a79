/**
 * Undo and redo for one slice of the plan (the agenda, the invitee list). Each slice has its own
 * history, so undo on the invitees page never undoes an agenda edit. Histories clear when a
 * whole plan replaces the current one.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Plan } from '../domain/plan';
import { $plan, onPlanReplaced, updatePlan } from './plan';

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface SliceHistory {
  /** What undo and redo would do next, for button labels ("Undo delete item"). */
  $state: ReadableAtom<HistoryState>;
  /** Applies `change` to the plan and records it under `label` when the slice changed. */
  change(label: string, change: (plan: Plan) => Plan): void;
  undo(): string | null;
  redo(): string | null;
  clear(): void;
}

export function createSliceHistory<T>(
  select: (plan: Plan) => T,
  apply: (plan: Plan, value: T) => Plan,
  limit = 100,
): SliceHistory {
  let past: { value: T; label: string }[] = [];
  let future: { value: T; label: string }[] = [];
  const $state = atom<HistoryState>({ undoLabel: null, redoLabel: null });
  const publish = () => $state.set({ undoLabel: past.at(-1)?.label ?? null, redoLabel: future.at(-1)?.label ?? null });

  const history: SliceHistory = {
    $state,
    change(label, change) {
      const before = select($plan.get());
      updatePlan(change);
      if (select($plan.get()) === before) return;
      past.push({ value: before, label });
      if (past.length > limit) past = past.slice(-limit);
      future = [];
      publish();
    },
    undo() {
      const entry = past.pop();
      if (!entry) return null;
      future.push({ value: select($plan.get()), label: entry.label });
      updatePlan((plan) => apply(plan, entry.value));
      publish();
      return entry.label;
    },
    redo() {
      const entry = future.pop();
      if (!entry) return null;
      past.push({ value: select($plan.get()), label: entry.label });
      updatePlan((plan) => apply(plan, entry.value));
      publish();
      return entry.label;
    },
    clear() {
      past = [];
      future = [];
      publish();
    },
  };
  onPlanReplaced(() => history.clear());
  return history;
}
