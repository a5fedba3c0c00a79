/**
 * Several plans in one browser (start page only): list them, open one, start, duplicate for the
 * next event, delete with a way back, or add one from a plan file.
 */
import { atom } from 'nanostores';
import { copyForNextEvent } from '../domain/plan-copy';
import { createPlan, type Plan } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';
import { $corruptBackup, flushSave, newPlanTasks, planRepository, switchToPlan } from './persistence';
import { metaKey, planKey, type PlanMeta, type PlanRepository } from './plan-repository';
import { $plan } from './plan';

/** Saved plans, most recent first; null while they are being read. Deleted ones have `deletedAt`. */
export const $savedPlans = atom<PlanMeta[] | null>(null);

/** Deleted plans are kept this long so they can be brought back. */
export const KEEP_DELETED_DAYS = 30;

const NOT_SAVED =
  'Your changes to the open plan are not saved yet. Save it as a file, or deal with the message at the top of the page, then try again.';

/** A meta record read back, or null when it is not one. */
function readMeta(value: unknown): PlanMeta | null {
  const meta = value as Partial<PlanMeta> | null;
  if (!meta || typeof meta.id !== 'string' || typeof meta.rev !== 'number') return null;
  return {
    id: meta.id,
    title: typeof meta.title === 'string' ? meta.title : '',
    dates: Array.isArray(meta.dates) ? meta.dates.filter((d): d is string => typeof d === 'string') : [],
    savedAt: typeof meta.savedAt === 'string' ? meta.savedAt : '',
    rev: meta.rev,
    deletedAt: typeof meta.deletedAt === 'string' ? meta.deletedAt : null,
  };
}

/** Every saved plan's list record, the most recently saved first. */
export async function listPlans(repo: PlanRepository): Promise<PlanMeta[]> {
  const keys = (await repo.kv.keys()).filter((key) => key.startsWith('meta:'));
  const metas = (await repo.kv.getMany(keys)).map(readMeta).filter((m): m is PlanMeta => m !== null);
  return metas.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Marks a plan deleted (`at` a time) or brings it back (`at` null). */
async function setDeleted(repo: PlanRepository, id: string, at: Date | null): Promise<void> {
  const [value] = await repo.kv.getMany([metaKey(id)]);
  const meta = readMeta(value);
  if (meta) await repo.kv.write([[metaKey(id), { ...meta, deletedAt: at ? at.toISOString() : null }]]);
}

/** Reads the list again; purges plans deleted more than KEEP_DELETED_DAYS ago. */
export async function refreshPlans(now: Date = new Date()): Promise<void> {
  const repo = await planRepository();
  if (!repo) return $savedPlans.set([]);
  const cutoff = new Date(now.getTime() - KEEP_DELETED_DAYS * 86_400_000).toISOString();
  const metas = await listPlans(repo);
  const expired = metas.filter((m) => m.deletedAt !== null && m.deletedAt < cutoff);
  if (expired.length) await repo.kv.remove(expired.flatMap((m) => [planKey(m.id), metaKey(m.id)]));
  $savedPlans.set(metas.filter((m) => !expired.includes(m)));
}

/** Reads a saved plan (the open one from memory). */
async function readPlan(id: string): Promise<Result<{ plan: Plan; rev: number }>> {
  const repo = await planRepository();
  if (!repo) return fail('This browser keeps no saved plans.');
  const loaded = await repo.load(id);
  if (loaded.kind === 'loaded') return ok({ plan: loaded.plan, rev: loaded.rev });
  if (loaded.kind === 'corrupt') {
    $corruptBackup.set({ error: loaded.error, raw: loaded.raw, backupKey: loaded.backupKey });
    return fail('That plan could not be read; see the message at the top of the page.');
  }
  return fail('That plan is no longer in this browser.');
}

/** Opens a saved plan; the open one is saved first (and stays if it cannot be). */
export async function openSavedPlan(id: string): Promise<Result<Plan>> {
  if (!(await flushSave())) return fail(NOT_SAVED);
  const read = await readPlan(id);
  if (!read.ok) return read;
  await switchToPlan(read.value.plan, read.value.rev);
  return ok(read.value.plan);
}

/** Starts a new plan (with the suggested checklist tasks, nothing else); the open one stays in the list. */
export async function startNewPlan(): Promise<Result<Plan>> {
  if (!(await flushSave())) return fail(NOT_SAVED);
  const plan = { ...createPlan(), checklist: await newPlanTasks() };
  await switchToPlan(plan, 0, { save: true });
  await refreshPlans();
  return ok(plan);
}

/** Makes a copy of a plan to start the next event from, and opens it. */
export async function duplicatePlan(id: string): Promise<Result<Plan>> {
  if (!(await flushSave())) return fail(NOT_SAVED);
  const source = id === $plan.get().id ? ok({ plan: $plan.get(), rev: 0 }) : await readPlan(id);
  if (!source.ok) return source;
  const copy = copyForNextEvent(source.value.plan);
  await switchToPlan(copy, 0, { save: true });
  await refreshPlans();
  return ok(copy);
}

/** Deletes a saved plan (not the open one); it can be brought back for KEEP_DELETED_DAYS days. */
export async function deletePlan(id: string, now: Date = new Date()): Promise<void> {
  const repo = await planRepository();
  if (!repo || id === $plan.get().id) return;
  await setDeleted(repo, id, now);
  await refreshPlans(now);
}

/** Brings a deleted plan back into the list. */
export async function bringBackPlan(id: string): Promise<Result<null>> {
  const repo = await planRepository();
  if (repo) await setDeleted(repo, id, null);
  await refreshPlans();
  return ok(null);
}

/** The saved plan with the same id as `plan`, if this browser has one (an opened file may). */
export function savedCopyOf(plan: Plan): PlanMeta | null {
  return $savedPlans.get()?.find((meta) => meta.id === plan.id) ?? null;
}

/**
 * Opens a plan from a file as a plan of its own; the open plan stays in the list. A file of a
 * plan this browser already has replaces that saved copy (the user confirmed it).
 */
export async function openPlanFromFile(plan: Plan): Promise<Result<Plan>> {
  if (!(await flushSave())) return fail(NOT_SAVED);
  await switchToPlan(plan, savedCopyOf(plan)?.rev ?? 0, { save: true });
  await refreshPlans();
  return ok(plan);
}
