/** Moves the plan an earlier version kept in localStorage into IndexedDB. */
import type { StorageLike } from '../platform/plan-storage';
import {
  LEGACY_PLAN_KEY,
  metaKey,
  parseEnvelope,
  revOf,
  type CorruptNotice,
  type PlanRepository,
} from './plan-repository';

/**
 * The localStorage value is removed only once the copy in `repo` has been written and read back;
 * an unreadable one only once its backup has been written. A copy in `repo` that is as new or
 * newer wins, so an old value left behind never undoes later edits. Returns the id moved, or
 * the notice for an unreadable value.
 */
export async function migrateLegacyPlan(
  repo: PlanRepository,
  local: StorageLike,
): Promise<{ id?: string; corrupt?: CorruptNotice }> {
  const raw = local.getItem(LEGACY_PLAN_KEY);
  if (raw === null) return {};
  const parsed = parseEnvelope(raw);
  if (parsed.kind === 'corrupt') {
    const backupKey = await repo.backUp(raw);
    if (backupKey) local.removeItem(LEGACY_PLAN_KEY);
    return { corrupt: { error: parsed.error, raw, backupKey } };
  }
  if (parsed.kind !== 'loaded') return {};
  const { plan, rev } = parsed;
  const [value] = await repo.kv.getMany([metaKey(plan.id)]);
  if (revOf(value) < rev) {
    if ((await repo.save(plan, rev)).kind !== 'saved') return {};
    const back = await repo.load(plan.id);
    if (back.kind !== 'loaded' || back.rev !== rev) return {};
  }
  local.removeItem(LEGACY_PLAN_KEY);
  return { id: plan.id };
}
