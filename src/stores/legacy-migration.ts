/** Moves the plan an earlier version kept in localStorage into IndexedDB. */
import type { StorageLike } from '../platform/plan-storage';
import { newId } from '../domain/plan';
import { LEGACY_PLAN_KEY, parseEnvelope, type CorruptNotice, type PlanRepository } from './plan-repository';

/**
 * The localStorage value is removed only once the copy in `repo` has been written and read back;
 * an unreadable one only once its backup has been written. When `repo` already has that plan (a
 * tab of the earlier version, left open, saved it again after the move), the two are not weighed
 * against each other by their revisions, which count different histories: a differing value is
 * kept as a plan of its own, titled so the user can tell, and nothing is lost. Returns the id
 * to open, or the notice for an unreadable value.
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
  const stored = await repo.load(plan.id);
  if (stored.kind === 'loaded' && JSON.stringify(stored.plan) === JSON.stringify(plan)) {
    local.removeItem(LEGACY_PLAN_KEY);
    return { id: plan.id };
  }
  const moved =
    stored.kind === 'loaded'
      ? {
          ...plan,
          id: newId(),
          event: {
            ...plan.event,
            title: `${plan.event.title.trim() || 'Untitled plan'} (saved by an older version)`.slice(0, 200),
          },
        }
      : plan;
  const movedRev = moved === plan ? rev : 1;
  if ((await repo.save(moved, movedRev)).kind !== 'saved') return {};
  const back = await repo.load(moved.id);
  if (back.kind !== 'loaded' || back.rev !== movedRev) return {};
  local.removeItem(LEGACY_PLAN_KEY);
  return { id: moved.id };
}
