/**
 * Export actions. The builders are loaded with dynamic import() when a button is pressed, so the
 * export page ships no exporter code; every file goes through `saveFile`.
 *
 * The page cannot see whether the browser saved a file (a browser may hold back downloads that
 * come quickly one after another), so the status says only what it knows: the file was handed
 * to the browser.
 */
import { atom } from 'nanostores';
import { fileName } from '../domain/file-names';
import { saveFile } from '../platform/save-file';
import type { Result } from '../domain/result';
import type { ExportContent, ExportKind } from '../export/build-files';
import type { ExportFile } from '../export/export-file';
import { $plan } from './plan';
import { $planChangedAt } from './plan-changed';

/** What is being made: one file (by kind; the follow-up page's by its own names) or the .zip of everything. */
export type ExportTarget = ExportKind | 'zip' | `follow-up:${string}` | `people:${string}`;

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; target: ExportTarget; label: string; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** What the last export did, for the page's status region. */
export const $exportStatus = atom<ExportStatus>({ kind: 'idle' });

/** After this many single downloads in one visit, the status suggests the .zip. */
export const SUGGEST_ZIP_AFTER = 3;
let singleDownloads = 0;

export const ZIP_LABEL = 'Download everything (.zip)';
const ZIP_HINT = `Saving several files? “${ZIP_LABEL}” gives your browser all of them in one download; browsers may hold back downloads that come quickly one after another.`;

function blob(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/**
/**
 * Marks `target` as being made, or, while another file is being made, says so (a click then
 * starts nothing) and returns false.
 */
function start(target: ExportTarget, label: string): boolean {
  const current = $exportStatus.get();
  if (current.kind === 'working') {
    $exportStatus.set({
      ...current,
      message: `Still making “${current.label}”: one file at a time. Wait until it is ready, then click “${label}” again.`,
    });
    return false;
  }
  $exportStatus.set({ kind: 'working', target, label, message: `Making “${label}”…` });
  return true;
}

/**
 * Builds one file with `build` and hands it to the browser; the status (also returned) says so,
 * or why no file was made. While another file is being made it starts nothing and says so.
 * `label` is the button's name, for the status while the file is made.
 */
export async function saveBuiltFile(
  build: () => Promise<Result<ExportFile>>,
  { target, label }: { target: ExportTarget; label: string },
): Promise<ExportStatus> {
  if (!start(target, label)) return $exportStatus.get();
  try {
    const result = await build();
    if (!result.ok) {
      $exportStatus.set({ kind: 'error', message: `No file was made. ${result.error}` });
    } else {
      saveFile(result.value.name, blob(result.value.bytes, result.value.type));
      singleDownloads += 1;
      const hint = singleDownloads >= SUGGEST_ZIP_AFTER ? ` ${ZIP_HINT}` : '';
      $exportStatus.set({
        kind: 'done',
        message: `${result.value.name} was handed to your browser to download. If it is not in your downloads, click again.${hint}`,
      });
    }
  } catch (error) {
    $exportStatus.set({ kind: 'error', message: `The file could not be made (${(error as Error).message}).` });
  }
  return $exportStatus.get();
}

/** Builds one export file of the export page and hands it to the browser. */
export function exportFile(
  kind: ExportKind,
  toolkit: ExportContent,
  { now = new Date(), label = kind }: { now?: Date; label?: string } = {},
): Promise<ExportStatus> {
  return saveBuiltFile(
    async () => {
      const { buildFile } = await import('../export/build-files');
      return buildFile(kind, $plan.get(), toolkit, { now, changedAt: $planChangedAt.get() });
    },
    { target: kind, label },
  );
}

/** Builds every file that can be made and hands them to the browser as one .zip. */
export async function exportEverything(toolkit: ExportContent, now: Date = new Date()): Promise<ExportStatus> {
  if (!start('zip', ZIP_LABEL)) return $exportStatus.get();
  try {
    const [{ buildAll }, { zipFiles }] = await Promise.all([import('../export/build-files'), import('../export/zip')]);
    const plan = $plan.get();
    const { files, skipped } = await buildAll(plan, toolkit, { now, changedAt: $planChangedAt.get() });
    const name = fileName(plan.event.title, 'export', 'zip');
    saveFile(name, blob(zipFiles(files, now), 'application/zip'));
    singleDownloads = 0;
    const left = skipped.length
      ? ` Left out: ${skipped.map((s) => `${s.name} (${s.reason.replace(/\.$/, '')})`).join('; ')}.`
      : '';
    $exportStatus.set({
      kind: 'done',
      message: `${name}, with ${files.length} files, was handed to your browser to download.${left}`,
    });
  } catch (error) {
    $exportStatus.set({ kind: 'error', message: `The .zip could not be made (${(error as Error).message}).` });
  }
  return $exportStatus.get();
}

/** Forgets the single downloads counted so far (tests; a new visit starts at zero anyway). */
export function resetDownloadCount(): void {
  singleDownloads = 0;
}
