/**
 * Keeps `$plan` in browser storage. It listens to the store (actions know nothing of storage),
 * saves shortly after each change and at once when the tab is hidden or left, follows or flags
 * other tabs' saves, and reports every problem through `$saveStatus` and `$corruptBackup`.
 * Loading is asynchronous (IndexedDB): nothing is saved before the stored plan has been read.
 */
import { atom } from 'nanostores';
import type { Plan } from '../domain/plan';
import type { KeyValueStore, StorageLike } from '../platform/plan-storage';
import type { ChannelLike, PageEvents } from '../platform/window-events';
import { decodeHandoff, EMERGENCY_KEY, encodeHandoff, type Handoff } from './handoff';
import { migrateLegacyPlan } from './legacy-migration';
import { LEGACY_PLAN_KEY, PlanRepository, type CorruptNotice, type SaveResult } from './plan-repository';
import { $plan, replacePlan } from './plan';

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

export type { CorruptNotice };

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
}

/** sessionStorage key of the plan this tab has open. */
export const OPEN_PLAN_KEY = 'convening-planner:open';
const SAVE_DELAY_MS = 250;
const UNSAVED: SaveStatus['kind'][] = ['memory-only', 'quota', 'failed', 'conflict'];

interface Runtime {
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
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  /** Set while a plan from storage is put into $plan, so it is not saved again. */
  applying: boolean;
  stops: (() => void)[];
}

let runtime: Runtime | null = null;
const done = Promise.resolve();

const unsaved = (rt: Runtime) => rt.dirty && UNSAVED.includes($saveStatus.get().kind);

function apply(rt: Runtime, plan: Plan): void {
  rt.planId = plan.id;
  rt.applying = true;
  try {
    replacePlan(plan);
  } finally {
    rt.applying = false;
  }
}

function rememberOpen(rt: Runtime, id: string): void {
  try {
    rt.env.session?.setItem(OPEN_PLAN_KEY, id);
  } catch {
    // The tab then opens the plan saved last, which is this one unless another tab saved since.
  }
}

/** Shows the conflict, then reads the other tab's version to name it (backing it up if unreadable). */
function showConflict(rt: Runtime): void {
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
function saveNow(force = false): Promise<void> {
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
  return rt.repo.save(plan, rev, expect).then((result) => settle(rt, plan, rev, result));
}

function scheduleSave(): void {
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

/** The page is going away: start the write, or hand unsaved edits to the next page. */
/** Hands edits that could not be saved to the next page of this tab; true when there were some. */
function handOff(rt: Runtime): boolean {
  if (!rt.ready || !unsaved(rt)) return false;
  rt.env.page?.writeName(encodeHandoff({ plan: $plan.get(), knownRev: rt.knownRev }));
  return true;
}

function leave(rt: Runtime): void {
  // Written at the link click already; again here for other ways of leaving (and later edits).
  if (!rt.ready || handOff(rt)) return;
  void saveNow();
  if (rt.writes > 0) {
    // The IndexedDB write may not finish once the page is gone: keep a synchronous copy too.
    try {
      rt.env.local?.setItem(EMERGENCY_KEY, encodeHandoff({ plan: $plan.get(), knownRev: rt.startedRev - 1 }));
    } catch {
      // Too big for localStorage: the IndexedDB write is the only copy.
    }
  }
}

function onOtherTab(rt: Runtime, message: unknown): void {
  const { planId, rev } = (message ?? {}) as { planId?: unknown; rev?: unknown };
  const id = $plan.get().id;
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
async function adopt(rt: Runtime, id: string): Promise<void> {
  const before = $plan.get();
  const theirs = await rt.repo!.load(id);
  if ($plan.get() !== before || theirs.kind !== 'loaded') return;
  if (id === before.id && theirs.rev <= rt.knownRev) return;
  if (rt.dirty) return showConflict(rt);
  rt.knownRev = rt.seenRev = rt.startedRev = theirs.rev;
  if (id !== before.id) rememberOpen(rt, id);
  apply(rt, theirs.plan);
  $saveStatus.set({ kind: 'saved', savedAt: theirs.savedAt });
}

/** The emergency copy, if the write it stands in for did not reach the store. */
async function emergencyCopy(repo: PlanRepository, local: StorageLike | null): Promise<Handoff | null> {
  const copy = decodeHandoff(local?.getItem(EMERGENCY_KEY) ?? null);
  if (copy) {
    const stored = await repo.load(copy.plan.id);
    // Removed once it is saved (see settle), so it is never lost if that save fails too.
    if (stored.kind !== 'loaded' || stored.rev <= copy.knownRev) return copy;
  }
  local?.removeItem(EMERGENCY_KEY);
  return null;
}

async function load(rt: Runtime): Promise<void> {
  const { env } = rt;
  let handoff = env.page ? decodeHandoff(env.page.readName()) : null;
  if (handoff) env.page?.writeName('');
  const kv = await env.kv;
  rt.repo = kv ? new PlanRepository(kv, env.now) : null;
  const repo = rt.repo;
  if (repo) {
    const migrated = env.local?.getItem(LEGACY_PLAN_KEY) != null ? await migrateLegacyPlan(repo, env.local) : {};
    if (migrated.corrupt) $corruptBackup.set(migrated.corrupt);
    handoff ??= await emergencyCopy(repo, env.local).catch(() => null);
    if (!handoff) {
      const id = env.session?.getItem(OPEN_PLAN_KEY) ?? (await repo.openId()) ?? migrated.id;
      const stored = id ? await repo.load(id) : { kind: 'empty' as const };
      if (stored.kind === 'loaded') {
        rt.knownRev = stored.rev;
        $hadSavedPlan.set(true);
        apply(rt, stored.plan);
      } else if (stored.kind === 'corrupt') {
        $corruptBackup.set({ error: stored.error, raw: stored.raw, backupKey: stored.backupKey });
      }
    }
  }
  // Changes to the default plan made while loading are not kept: the islands wait for the load.
  rt.dirty = handoff !== null;
  if (handoff) {
    // Edits the previous page could not save (or not finish saving): prefer them, save them again.
    rt.knownRev = handoff.knownRev;
    apply(rt, handoff.plan);
  }
  rt.ready = true;
  if (!repo) return $saveStatus.set({ kind: 'memory-only' });
  $saveStatus.set({ kind: 'saved', savedAt: '' });
  if (rt.dirty) void saveNow();
}

/** Starts persistence once per page; `loaded` settles when the stored plan is in `$plan`. */
export function initPersistence(env: PersistenceEnv): { loaded: Promise<void>; stop: () => void } {
  if (runtime) return { loaded: runtime.loaded, stop: stopPersistence };
  const rt: Runtime = {
    env,
    planId: $plan.get().id,
    repo: null,
    loaded: done,
    ready: false,
    knownRev: 0,
    seenRev: 0,
    startedRev: 0,
    writes: 0,
    dirty: false,
    timer: null,
    applying: false,
    stops: [],
  };
  runtime = rt;
  $saveStatus.set({ kind: 'starting' });
  rt.stops.push($plan.listen(scheduleSave));
  env.page?.onLeave(() => leave(rt));
  // Chromium may not carry a window.name set as late as pagehide over to the next page.
  env.page?.onAppLink(() => handOff(rt));
  // A save that failed is retried by the next edit or by the user, not each time the tab hides.
  env.page?.onHidden(() => void (UNSAVED.includes($saveStatus.get().kind) || saveNow()));
  env.page?.askBeforeLeaving(() => unsaved(rt));
  const unlisten = env.channel?.listen((message) => onOtherTab(rt, message));
  if (unlisten) rt.stops.push(unlisten);
  rt.loaded = load(rt).catch((error: unknown) => {
    rt.ready = true;
    $saveStatus.set({ kind: 'failed', error: `the saved plans could not be read (${String(error)})` });
  });
  return { loaded: rt.loaded, stop: stopPersistence };
}

/** Stops persistence (tests). */
export function stopPersistence(): void {
  if (!runtime) return;
  if (runtime.timer) clearTimeout(runtime.timer);
  runtime.stops.forEach((stop) => stop());
  runtime = null;
}

/** The plan store once loaded, or null when the page works in memory only. */
export async function planRepository(): Promise<PlanRepository | null> {
  await runtime?.loaded;
  return runtime?.repo ?? null;
}

/** Saves pending edits now; true when nothing is left unsaved. */
export async function flushSave(): Promise<boolean> {
  // With no storage there is nothing to wait for (the start page asks before replacing the plan).
  if (!runtime?.repo) return true;
  await saveNow();
  return !runtime?.dirty && !UNSAVED.includes($saveStatus.get().kind);
}

/** Opens another plan in this tab. `rev` is its stored revision (0 when not stored yet). */
export function switchToPlan(plan: Plan, rev: number, options: { save?: boolean } = {}): Promise<void> {
  const rt = runtime;
  if (!rt) return done;
  if (rt.timer) clearTimeout(rt.timer);
  rt.timer = null;
  rt.knownRev = rt.seenRev = rt.startedRev = rev;
  rt.dirty = false;
  apply(rt, plan);
  if (!rt.repo) {
    $saveStatus.set({ kind: 'memory-only' });
    return done;
  }
  if (rev > 0) rememberOpen(rt, plan.id);
  $saveStatus.set({ kind: 'saved', savedAt: '' });
  if (!options.save) return done;
  rt.dirty = true;
  return saveNow(rev > 0);
}

/** Retries a failed save, e.g. after the user freed space. */
export function retrySave(): void {
  if (runtime) runtime.dirty = true;
  void saveNow();
}

/** Conflict with another tab: keep this tab's plan (overwrites theirs) or load theirs. */
export function resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
  const status = $saveStatus.get();
  const rt = runtime;
  if (status.kind !== 'conflict' || !rt?.repo) return done;
  if (choice === 'theirs' && status.theirs) {
    rt.dirty = false;
    return adopt(rt, $plan.get().id);
  }
  // An unreadable other version was backed up when the conflict was shown.
  $saveStatus.set({ kind: 'pending' });
  rt.dirty = true;
  return saveNow(true);
}

/** The user has downloaded or let go of the unreadable saved value. */
export function dismissCorruptBackup(): void {
  $corruptBackup.set(null);
}
