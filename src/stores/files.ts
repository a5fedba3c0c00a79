/** Plan files: save the current plan as JSON, read one back (validated), then replace on confirm. */
import { fileName } from '../domain/file-names';
import type { Plan } from '../domain/plan';
import { parsePlanFile, serializePlanFile, type Restored } from '../domain/restore';
import type { Result } from '../domain/result';
import { readFileText } from '../platform/read-file';
import { saveFile } from '../platform/save-file';
import { $plan, replacePlan } from './plan';

/** Downloads the whole plan as a `.json` file that opens again later or elsewhere. */
export function savePlanFile(now: Date = new Date()): void {
  const plan = $plan.get();
  const text = serializePlanFile(plan, now);
  saveFile(fileName(plan.event.title, 'plan', 'json'), new Blob([text], { type: 'application/json' }));
}

/** Reads and validates a chosen plan file (with what was repaired in it); the current plan is not touched. */
export async function readPlanFile(file: File): Promise<Result<Restored>> {
  try {
    const { text, bytes } = await readFileText(file);
    return parsePlanFile(text, bytes);
  } catch (error) {
    return { ok: false, error: `The file could not be read (${(error as Error).message}).` };
  }
}

/** Replaces the current plan with one the user confirmed. */
export function openPlan(plan: Plan): void {
  replacePlan(plan);
}
