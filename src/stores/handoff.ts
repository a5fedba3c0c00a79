/**
 * Unsaved edits carried past a page change, in one format for two synchronous carriers that
 * work while the page is going away: `window.name` hands the plan to the next page of the same
 * tab when it could not be saved (storage blocked or full, a failed save, a conflict), and a
 * localStorage "emergency copy" keeps a plan whose IndexedDB write was still running when the
 * tab closed.
 */
import type { Plan } from '../domain/plan';
import { restore } from '../domain/restore';

/** Marks a `window.name` text as this app's handoff. */
export const HANDOFF_APP = 'convening-planner-handoff';
/** localStorage key of the emergency copy. */
export const EMERGENCY_KEY = 'convening-planner:unsaved';

export interface Handoff {
  plan: Plan;
  /** The stored revision the plan was based on, so a conflict is found again on the next page. */
  knownRev: number;
}

/** The text that carries `plan` to the next page. */
export function encodeHandoff(handoff: Handoff): string {
  return JSON.stringify({ app: HANDOFF_APP, plan: handoff.plan, knownRev: handoff.knownRev });
}

/** The handoff in a carrier's text, or null when there is none (or it is not a plan). */
export function decodeHandoff(text: string | null): Handoff | null {
  if (!text?.startsWith(`{"app":"${HANDOFF_APP}"`)) return null;
  try {
    const json = JSON.parse(text) as { plan?: unknown; knownRev?: unknown };
    const restored = restore(json.plan);
    if (!restored.ok) return null;
    return { plan: restored.value, knownRev: typeof json.knownRev === 'number' ? json.knownRev : 0 };
  } catch {
    return null;
  }
}
