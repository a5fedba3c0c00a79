/**
 * Keeps `$plan` in browser storage. It listens to the store (actions know nothing of storage),
 * saves shortly after each change and at once when the tab is hidden or closed, and reports
 * every problem through `$saveStatus` and `$corruptBackup` so the banner can tell the user.
 */
import { atom } from 'nanostores';
import type { Plan } from '../domain/plan';
import { getBrowserStorage, parseEnvelope, PLAN_KEY, PlanStorage, type StorageLike } from '../platform/plan-storage';
import { $plan, replacePlan } from './plan';
import { planLoadedFrom } from './plan-changed';

export type SaveStatus =
  | { kind: 'starting' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'pending' }
  /** No storage at all: the plan lives only in this tab. */
  | { kind: 'memory-only' }
  | { kind: 'quota' }
  | { kind: 'failed'; error: string }
  /** Another tab saved a different version while this tab had unsaved edits. */
  | { kind: 'conflict'; theirs: Plan | null }
  /** Saving waits until the user has dealt with an unreadable saved value that has no backup. */
  | { kind: 'blocked' };

export interface CorruptNotice {
  error: string;
  raw: string;
  backupKey: string | null;
}

export const $saveStatus = atom<SaveStatus>({ kind: 'starting' });
export const $corruptBackup = atom<CorruptNotice | null>(null);
/** True once a saved plan was found on load (the start page offers to continue it). */
export const $hadSavedPlan = atom(false);

const SAVE_DELAY_MS = 250;

interface Runtime {
  store: PlanStorage | null;
  timer: ReturnType<typeof setTimeout> | null;
  dirty: boolean;
  /** Set while a plan that came from storage is being put into $plan, so it is not re-saved. */
  applying: boolean;
  stop: () => void;
}

let runtime: Runtime | null = null;

function saveNow(force = false): void {
  if (!runtime?.store) return;
  if (runtime.timer) clearTimeout(runtime.timer);
  runtime.timer = null;
  if (!runtime.dirty && !force) return;
  const status = $saveStatus.get().kind;
  if ((status === 'conflict' || status === 'blocked') && !force) return;
  const result = runtime.store.save($plan.get(), { force });
  switch (result.kind) {
    case 'saved':
      runtime.dirty = false;
      $saveStatus.set({ kind: 'saved', savedAt: result.savedAt });
      break;
    case 'conflict':
      $saveStatus.set({ kind: 'conflict', theirs: result.theirs.kind === 'loaded' ? result.theirs.plan : null });
      break;
    case 'quota':
      $saveStatus.set({ kind: 'quota' });
      break;
    case 'failed':
      $saveStatus.set({ kind: 'failed', error: result.error });
      break;
    case 'invalid':
      $saveStatus.set({ kind: 'failed', error: `the plan holds a value it cannot keep (${result.error})` });
      break;
  }
}

function scheduleSave(): void {
  if (!runtime?.store) return;
  runtime.dirty = true;
  const status = $saveStatus.get().kind;
  if (status === 'conflict' || status === 'blocked') return;
  if (status !== 'quota' && status !== 'failed') $saveStatus.set({ kind: 'pending' });
  if (runtime.timer) clearTimeout(runtime.timer);
  runtime.timer = setTimeout(() => saveNow(), SAVE_DELAY_MS);
}

function applyFromStorage(plan: Plan, savedAt: string): void {
  if (!runtime) return;
  runtime.applying = true;
  try {
    replacePlan(plan);
    planLoadedFrom(savedAt);
  } finally {
    runtime.applying = false;
  }
}

/**
 * Starts persistence once per page. `storage` and `target` are injectable for tests; in the
 * browser they default to localStorage (when usable) and window.
 */
export function initPersistence(options: { storage?: StorageLike | null; target?: Window | null } = {}): () => void {
  if (runtime) return runtime.stop;
  const storage = options.storage === undefined ? getBrowserStorage() : options.storage;
  const target = options.target === undefined ? (typeof window === 'undefined' ? null : window) : options.target;
  const store = storage ? new PlanStorage(storage) : null;
  runtime = { store, timer: null, dirty: false, applying: false, stop: () => undefined };

  if (!store) {
    $saveStatus.set({ kind: 'memory-only' });
  } else {
    const loaded = store.load();
    if (loaded.kind === 'loaded') {
      $hadSavedPlan.set(true);
      applyFromStorage(loaded.plan, loaded.savedAt);
      $saveStatus.set({ kind: 'saved', savedAt: loaded.savedAt });
    } else if (loaded.kind === 'corrupt') {
      $corruptBackup.set({ error: loaded.error, raw: loaded.raw, backupKey: loaded.backupKey });
      $saveStatus.set(loaded.backupKey ? { kind: 'saved', savedAt: '' } : { kind: 'blocked' });
    } else {
      $saveStatus.set({ kind: 'saved', savedAt: '' });
    }
  }

  const unsubscribe = $plan.listen(() => {
    if (runtime && !runtime.applying) scheduleSave();
  });

  const flush = (): void => saveNow();
  const onVisibility = (): void => {
    if (target?.document?.visibilityState === 'hidden') saveNow();
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== PLAN_KEY || event.newValue === null || !runtime?.store) return;
    const theirs = parseEnvelope(event.newValue);
    if (theirs.kind !== 'loaded' || theirs.rev <= runtime.store.rev) return;
    if (runtime.dirty) {
      $saveStatus.set({ kind: 'conflict', theirs: theirs.plan });
    } else {
      runtime.store.acknowledge(theirs.rev);
      applyFromStorage(theirs.plan, theirs.savedAt);
      $saveStatus.set({ kind: 'saved', savedAt: theirs.savedAt });
    }
  };
  target?.addEventListener('pagehide', flush);
  target?.addEventListener('beforeunload', flush);
  target?.addEventListener('storage', onStorage);
  target?.document?.addEventListener('visibilitychange', onVisibility);

  runtime.stop = () => {
    unsubscribe();
    if (runtime?.timer) clearTimeout(runtime.timer);
    target?.removeEventListener('pagehide', flush);
    target?.removeEventListener('beforeunload', flush);
    target?.removeEventListener('storage', onStorage);
    target?.document?.removeEventListener('visibilitychange', onVisibility);
    runtime = null;
  };
  return runtime.stop;
}

/** Retries a failed save, e.g. after the user freed space. */
export function retrySave(): void {
  if (runtime) runtime.dirty = true;
  saveNow();
}

/** Conflict with another tab: keep this tab's plan (overwrites theirs) or load theirs. */
export function resolveConflict(choice: 'mine' | 'theirs'): void {
  const status = $saveStatus.get();
  if (status.kind !== 'conflict' || !runtime?.store) return;
  if (choice === 'theirs' && status.theirs) {
    runtime.dirty = false;
    $saveStatus.set({ kind: 'pending' });
    const loaded = runtime.store.load();
    if (loaded.kind === 'loaded') applyFromStorage(loaded.plan, loaded.savedAt);
    $saveStatus.set({ kind: 'saved', savedAt: loaded.kind === 'loaded' ? loaded.savedAt : '' });
    return;
  }
  // The other version could not be read: load() copies it to a backup key before we overwrite it.
  if (!status.theirs) runtime.store.load();
  $saveStatus.set({ kind: 'pending' });
  saveNow(true);
}

/** The user has downloaded or given up the unreadable saved value: saving may go on. */
export function dismissCorruptBackup(): void {
  $corruptBackup.set(null);
  if ($saveStatus.get().kind === 'blocked') {
    $saveStatus.set({ kind: 'pending' });
    if (runtime) runtime.dirty = true;
    saveNow();
  }
}
