/**
 * When the plan last changed. Calendar files write it as LAST-MODIFIED and derive their SEQUENCE
 * from it, so a re-imported file updates the events only when the plan really changed. It listens
 * to `$plan` like the history does; persistence sets it to the saved time of a plan it loads,
 * since loading a plan into the page is not a change of the plan.
 */
import { atom } from 'nanostores';
import { $plan } from './plan';

export const $planChangedAt = atom<Date>(new Date());

$plan.listen(() => $planChangedAt.set(new Date()));

/** A plan read back from storage last changed when it was saved (an ISO time); unknown: now. */
export function planLoadedFrom(savedAt: string): void {
  const saved = new Date(savedAt);
  if (!Number.isNaN(saved.getTime())) $planChangedAt.set(saved);
}
