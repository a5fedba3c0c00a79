/**
 * The save loop behind ./persistence.ts: the save status, the per-page runtime, writing with
 * revisions, and following or flagging another tab's saves. Internal to persistence; islands
 * use ./persistence.ts.
 */
import { atom } from 'nanostores';
import type { ChecklistItem, Plan } from '../domain/plan';
import type { KeyValueStore, StorageLike } from '../platform/plan-storage';
import type { ChannelLike, PageEvents } from '../platform/window-events';
import { EMERGENCY_KEY } from './handoff';
import type { CorruptNotice, PlanRepository, SaveResult } from './plan-repository';
import { $plan, replacePlan } from './plan';
import { planLoadedFrom } from './plan-changed';

export type SaveStatus =
  /** The saved plan is being read; the page shows "Loading your saved plan…". */
  | { kind: 'starting' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'pending' }
  /** No storage at all: the plan lives only in this tab. */
  | { kind: 'memory-only' }
  | { kind: 'quota' }
  | { kind: 'failed'; error: string }
  /** Another tab saved a different version while this tab had unsaved edits. */
  | { kind: 'conflict'; theirs: Plan | null };

export const $saveStatus = atom<SaveStatus>({ kind: 'starting' });
export const $corruptBackup = atom<CorruptNotice | null>(null);
/** True once a saved plan was found on load (the start page offers to continue it). */
export const $hadSavedPlan = atom(false);

/** What persistence runs on; the browser's in ./boot.ts, fakes in tests. */
export interface PersistenceEnv {
  /** IndexedDB, or null when the browser will not let the page use it. */
  kv: Promise<KeyValueStore | null>;
  /** localStorage: the plan of earlier versions, and the emergency copy. */
  local: StorageLike | null;
  /** sessionStorage: which plan this tab has open, so every step shows the same one. */
  session: StorageLike | null;
  page: PageEvents | null;
  channel: ChannelLike | null;
  now?: () => Date;
  /**
   * The checklist a new plan starts with (the suggested tasks), read only when one is made; empty
   * or missing leaves the new plan's checklist empty.
   */
  newPlanTasks?: () => Promise<ChecklistItem[]>;
}

/** sessionStorage key of the plan this tab has open. */
export const OPEN_PLAN_KEY = 'convening-planner:open';
const SAVE_DELAY_MS = 250;
export const UNSAVED: SaveStatus['kind'][] = ['memory-only', 'quota', 'failed', 'conflict'];

export interface Runtime {
  env: PersistenceEnv;
  /** The id of the plan the revisions below belong to. */
  planId: string;
  repo: PlanRepository | null;
  loaded: Promise<void>;
  ready: boolean;
  /** The stored revision of the open plan this tab last loaded or wrote. */
  knownRev: number;
  /** The highest revision another tab is known to have written. */
  seenRev: number;
  /** The revision of the last write this tab started. */
  startedRev: number;
  writes: number;
  /** The last write this tab started (settled or not): flushing waits for it. */
  lastWrite: Promise<void>;
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  /** Set while a plan from storage is put into $plan, so it is not saved again. */
  applying: boolean;
  stops: (() => void)[];
}

export let runtime: Runtime | null = null;
export const done = Promise.resolve();

/** Sets (or clears) this page's runtime; ./persistence.ts owns its life. */
export function setRuntime(next: Runtime | null): void {
  runtime = next;
}

export const unsaved = (rt: Runtime) => rt.dirty && UNSAVED.includes($saveStatus.get().kind);

/**
 * Puts a plan read back into the page. `savedAt`: when it was saved, which is when it last
 * changed (calendar files date their LAST-MODIFIED and SEQUENCE from it); unknown: now.
 */
export function apply(rt: Runtime, plan: Plan, savedAt?: string): void {
  rt.planId = plan.id;
  rt.applying = true;
  try {
    replacePlan(plan);
    if (savedAt) planLoadedFrom(savedAt);
  } finally {
    rt.applying = false;
  }
}

export function rememberOpen(rt: Runtime, id: string): void {
  try {
    rt.env.session?.setItem(OPEN_PLAN_KEY, id);
  } catch {
    // The tab then opens the plan saved last, which is this one unless another tab saved since.
  }
}

/** Shows the conflict, then reads the other tab's version to name it (backing it up if unreadable). */
export function showConflict(rt: Runtime): void {
  const id = $plan.get().id;
  $saveStatus.set({ kind: 'conflict', theirs: null });
  void rt.repo?.load(id).then((theirs) => {
    if ($saveStatus.get().kind === 'conflict' && $plan.get().id === id && theirs.kind === 'loaded')
      $saveStatus.set({ kind: 'conflict', theirs: theirs.plan });
  });
}

function settle(rt: Runtime, plan: Plan, rev: number, result: SaveResult): void {
  rt.writes -= 1;
  if (runtime !== rt || $plan.get().id !== plan.id) return;
  switch (result.kind) {
    case 'saved':
      rememberOpen(rt, plan.id);
      rt.knownRev = Math.max(rt.knownRev, rev);
      rt.env.channel?.post({ planId: plan.id, rev });
      if (!rt.dirty && rt.writes === 0) {
        $saveStatus.set({ kind: 'saved', savedAt: result.savedAt });
        rt.env.local?.removeItem(EMERGENCY_KEY);
      }
      return;
    case 'conflict':
      rt.dirty = true;
      rt.seenRev = Math.max(rt.seenRev, result.rev);
      return showConflict(rt);
    default:
      rt.dirty = true;
      $saveStatus.set(
        result.kind === 'quota'
          ? result
          : {
              kind: 'failed',
              error:
                result.kind === 'invalid' ? `the plan holds a value it cannot keep (${result.error})` : result.error,
            },
      );
  }
}

/** Starts writing the plan now. `force` keeps this tab's version over another tab's. */
export function saveNow(force = false): Promise<void> {
  const rt = runtime;
  if (!rt?.repo || !rt.ready) return done;
  if (rt.timer) clearTimeout(rt.timer);
  rt.timer = null;
  if (!rt.dirty && !force) return done;
  if ($saveStatus.get().kind === 'conflict' && !force) return done;
  const plan = $plan.get();
  // This tab's own earlier writes may still be running: they are not another tab's.
  const rev = Math.max(rt.knownRev, rt.seenRev, rt.startedRev) + 1;
  const expect = force ? undefined : Math.max(rt.knownRev, rt.startedRev);
  rt.startedRev = rev;
  rt.dirty = false;
  rt.writes += 1;
  rt.lastWrite = rt.repo.save(plan, rev, expect).then((result) => settle(rt, plan, rev, result));
  return rt.lastWrite;
}

export function scheduleSave(): void {
  const rt = runtime;
  if (!rt || rt.applying) return;
  const id = $plan.get().id;
  if (id !== rt.planId) {
    // Another plan replaced this one (an action outside switchToPlan): it has no stored revision.
    rt.planId = id;
    rt.knownRev = rt.seenRev = rt.startedRev = 0;
  }
  rt.dirty = true;
  if (!rt.ready || !rt.repo) return;
  const status = $saveStatus.get().kind;
  if (status === 'conflict') return;
  if (status !== 'quota' && status !== 'failed') $saveStatus.set({ kind: 'pending' });
  if (rt.timer) clearTimeout(rt.timer);
  rt.timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
}

/** A message from another tab: it saved revision `rev` of plan `planId`. */
export function onOtherTab(rt: Runtime, message: unknown): void {
  const { planId, rev } = (message ?? {}) as { planId?: unknown; rev?: unknown };
  const id = $plan.get().id;
  // Until this page has read its own plan, another tab's news would be measured against the
  // wrong plan; the revision check inside each write catches whatever is missed meanwhile.
  if (!rt.ready) return;
  if (typeof planId !== 'string' || typeof rev !== 'number' || !rt.repo) return;
  if (planId !== id) {
    // A tab that has neither a saved plan nor edits follows the plan another tab started.
    if (rt.knownRev === 0 && rt.startedRev === 0 && !rt.dirty) void adopt(rt, planId);
    return;
  }
  if (rev <= rt.knownRev) return;
  rt.seenRev = Math.max(rt.seenRev, rev);
  if (rt.dirty || rt.writes > 0) return showConflict(rt);
  void adopt(rt, id);
}

/** Puts another tab's saved version of plan `id` in this tab, unless edits were made meanwhile. */
export async function adopt(rt: Runtime, id: string): Promise<void> {
  const before = $plan.get();
  const theirs = await rt.repo!.load(id);
  if ($plan.get() !== before || theirs.kind !== 'loaded') return;
  if (id === before.id && theirs.rev <= rt.knownRev) return;
  if (rt.dirty) return showConflict(rt);
  rt.knownRev = rt.seenRev = rt.startedRev = theirs.rev;
  if (id !== before.id) rememberOpen(rt, id);
  apply(rt, theirs.plan, theirs.savedAt);
  $saveStatus.set({ kind: 'saved', savedAt: theirs.savedAt });
}
