/** Files: save the current plan as JSON, read one back (validated), and other downloads and reads. */
import { fileName } from '../domain/file-names';
import { parsePlanFile, serializePlanFile, type Restored } from '../domain/restore';
import type { Result } from '../domain/result';
import { readFileBytes, readFileText } from '../platform/read-file';
import { saveFile } from '../platform/save-file';
import { $plan } from './plan';

/** Downloads the whole plan as a `.json` file that opens again later or elsewhere. */
export function savePlanFile(now: Date = new Date()): void {
  const plan = $plan.get();
  const text = serializePlanFile(plan, now);
  saveFile(fileName(plan.event.title, 'plan', 'json'), new Blob([text], { type: 'application/json' }));
}

/** Downloads a saved value that could not be read, exactly as it was stored. */
export function saveUnreadableData(raw: string): void {
  saveFile('unreadable-saved-plan.txt', new Blob([raw], { type: 'text/plain' }));
}

/** Reads and validates a chosen plan file (with what was repaired in it); the current plan is not touched. */
export async function readPlanFile(file: File): Promise<Result<Restored>> {
  const read = await readFileText(file);
  return read.ok ? parsePlanFile(read.value.text, read.value.bytes) : read;
}

/** A chosen file's raw bytes (CSV import detects the encoding itself). */
export const readImportFile = readFileBytes;
