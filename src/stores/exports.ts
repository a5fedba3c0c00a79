/**
 * Export actions. The builders are loaded with dynamic import() when a button is pressed, so the
 * export page ships no exporter code; every file goes through `saveFile`.
 */
import { atom } from 'nanostores';
import { fileName } from '../domain/file-names';
import { saveFile } from '../platform/save-file';
import type { Result } from '../domain/result';
import type { ExportContent, ExportKind } from '../export/build-files';
import type { ExportFile } from '../export/export-file';
import { $plan } from './plan';
import { $planChangedAt } from './plan-changed';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** What the last export did, for the page's status region. */
export const $exportStatus = atom<ExportStatus>({ kind: 'idle' });

function blob(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/**
 * Builds one file with `build` and saves it; the status (also returned) says what was saved or
 * why not. While another file is being made, it starts nothing and returns that status.
 */
export async function saveBuiltFile(build: () => Promise<Result<ExportFile>>): Promise<ExportStatus> {
  if ($exportStatus.get().kind === 'working') return $exportStatus.get();
  $exportStatus.set({ kind: 'working', message: 'Preparing the file…' });
  try {
    const result = await build();
    if (!result.ok) {
      $exportStatus.set({ kind: 'error', message: `Nothing was saved. ${result.error}` });
    } else {
      saveFile(result.value.name, blob(result.value.bytes, result.value.type));
      $exportStatus.set({ kind: 'done', message: `Saved ${result.value.name}.` });
    }
  } catch (error) {
    $exportStatus.set({ kind: 'error', message: `The file could not be made (${(error as Error).message}).` });
  }
  return $exportStatus.get();
}

/** Builds one export file of the export page and saves it. */
export function exportFile(kind: ExportKind, toolkit: ExportContent, now: Date = new Date()): Promise<ExportStatus> {
  return saveBuiltFile(async () => {
    const { buildFile } = await import('../export/build-files');
    return buildFile(kind, $plan.get(), toolkit, { now, changedAt: $planChangedAt.get() });
  });
}

/** Builds every file that can be made and saves them as one .zip. */
export async function exportEverything(toolkit: ExportContent, now: Date = new Date()): Promise<void> {
  $exportStatus.set({ kind: 'working', message: 'Preparing the .zip…' });
  try {
    const [{ buildAll }, { zipFiles }] = await Promise.all([import('../export/build-files'), import('../export/zip')]);
    const plan = $plan.get();
    const { files, skipped } = await buildAll(plan, toolkit, { now, changedAt: $planChangedAt.get() });
    const name = fileName(plan.event.title, 'export', 'zip');
    saveFile(name, blob(zipFiles(files, now), 'application/zip'));
    const left = skipped.length
      ? ` Left out: ${skipped.map((s) => `${s.name} (${s.reason.replace(/\.$/, '')})`).join('; ')}.`
      : '';
    $exportStatus.set({ kind: 'done', message: `Saved ${name} with ${files.length} files.${left}` });
  } catch (error) {
    $exportStatus.set({ kind: 'error', message: `The .zip could not be made (${(error as Error).message}).` });
  }
}
