/**
 * Keeps `$plan` in browser storage. It listens to the store (actions know nothing of storage),
 * saves shortly after each change and at once when the tab is hidden or left, follows or flags
 * other tabs' saves (./save-loop.ts), and reports every problem through `$saveStatus` and
 * `$corruptBackup`. Loading is asynchronous (IndexedDB): nothing is saved before the stored
 * plan has been read.
 */
import type { StorageLike } from '../platform/plan-storage';
import { decodeHandoff, EMERGENCY_KEY, encodeHandoff, type Handoff } from './handoff';
import { migrateLegacyPlan } from './legacy-migration';
import { LEGACY_PLAN_KEY, parseEnvelope, PlanRepository } from './plan-repository';
import type { ChecklistItem, Plan } from '../domain/plan';
import { $plan } from './plan';
import {
  $corruptBackup,
  $hadSavedPlan,
  $saveStatus,
  adopt,
  apply,
  done,
  onOtherTab,
  OPEN_PLAN_KEY,
  rememberOpen,
  runtime,
  saveNow,
  scheduleSave,
  setRuntime,
  UNSAVED,
  unsaved,
  type PersistenceEnv,
  type Runtime,
} from './save-loop';

export { $corruptBackup, $hadSavedPlan, $saveStatus, OPEN_PLAN_KEY };
export type { CorruptNotice } from './plan-repository';
export type { PersistenceEnv, SaveStatus } from './save-loop';

/** Hands edits that could not be saved to the next page of this tab; true when there were some. */
function handOff(rt: Runtime): boolean {
  if (!rt.ready || !unsaved(rt)) return false;
  rt.env.page?.writeName(encodeHandoff({ plan: $plan.get(), knownRev: rt.knownRev }));
  return true;
}

/** The page is going away: start the write, or hand unsaved edits to the next page. */
function leave(rt: Runtime): void {
  // Written at the link click already; again here for other ways of leaving (and later edits).
  if (!rt.ready || handOff(rt)) return;
  // Everything is saved (or being saved): a handoff written at an earlier click that did not
  // leave the page, or before a retry succeeded, must not bring old edits back on the next page.
  rt.env.page?.writeName('');
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

/**
 * The emergency copy, if the write it stands in for did not reach the store. All tabs share it:
 * a tab that has another plan open leaves it for the tab (or the next new tab) that had its plan.
 */
async function emergencyCopy(
  repo: PlanRepository,
  local: StorageLike | null,
  openId: string | null,
): Promise<Handoff | null> {
  const copy = decodeHandoff(local?.getItem(EMERGENCY_KEY) ?? null);
  if (copy && openId !== null && copy.plan.id !== openId) return null;
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
  let opened = false;
  if (repo) {
    const migrated = env.local?.getItem(LEGACY_PLAN_KEY) != null ? await migrateLegacyPlan(repo, env.local) : {};
    if (migrated.corrupt) $corruptBackup.set(migrated.corrupt);
    handoff ??= await emergencyCopy(repo, env.local, env.session?.getItem(OPEN_PLAN_KEY) ?? null).catch(() => null);
    if (!handoff) {
      const id = env.session?.getItem(OPEN_PLAN_KEY) ?? (await repo.openId()) ?? migrated.id;
      const stored = id ? await repo.load(id) : { kind: 'empty' as const };
      if (stored.kind === 'loaded') {
        rt.knownRev = rt.seenRev = rt.startedRev = stored.rev;
        $hadSavedPlan.set(true);
        apply(rt, stored.plan, stored.savedAt);
        opened = true;
      } else if (stored.kind === 'corrupt') {
        $corruptBackup.set({ error: stored.error, raw: stored.raw, backupKey: stored.backupKey });
      }
    }
  } else if (!handoff) {
    // No IndexedDB here: a plan an earlier version kept in localStorage is still this browser's
    // plan. It opens (in memory, and says so) rather than an empty one, and stays where it is.
    const raw = env.local?.getItem(LEGACY_PLAN_KEY) ?? null;
    const legacy = raw === null ? null : parseEnvelope(raw);
    if (legacy?.kind === 'loaded') {
      $hadSavedPlan.set(true);
      apply(rt, legacy.plan, legacy.savedAt);
      opened = true;
    } else if (legacy?.kind === 'corrupt') {
      $corruptBackup.set({ error: legacy.error, raw: legacy.raw, backupKey: null });
    }
  }
  // Nothing saved to open: this is a new plan, which starts with the suggested tasks. Read before
  // the islands show the plan, so the tasks are there from the first render.
  if (!opened && !handoff) {
    const tasks = await newPlanTasks();
    if (tasks.length) apply(rt, { ...$plan.get(), checklist: tasks });
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

/** The suggested tasks a new plan starts with (none when they cannot be read). */
export async function newPlanTasks(): Promise<ChecklistItem[]> {
  return (await runtime?.env.newPlanTasks?.().catch(() => [])) ?? [];
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
    lastWrite: done,
    dirty: false,
    timer: null,
    applying: false,
    stops: [],
  };
  setRuntime(rt);
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
  setRuntime(null);
}

/** The plan store once loaded, or null when the page works in memory only. */
export async function planRepository(): Promise<PlanRepository | null> {
  await runtime?.loaded;
  return runtime?.repo ?? null;
}

/** Saves pending edits now; true when nothing is left unsaved. */
export async function flushSave(): Promise<boolean> {
  // With no storage there is nothing to wait for (the start page asks before replacing the plan).
  const rt = runtime;
  if (!rt?.repo) return true;
  await saveNow();
  // A write started earlier (nothing new to save now) may still fail: wait for it too.
  await rt.lastWrite;
  return !rt.dirty && !UNSAVED.includes($saveStatus.get().kind);
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
