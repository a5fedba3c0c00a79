/** Packs export files into one .zip with fflate; loaded with a dynamic import() when needed. */
import { zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './build-files';

/**
 * A zip of `files`. Entries get the fixed time `now` so the archive shows when it was made;
 * already-compressed .docx files are stored, the rest deflated.
 */
export function zipFiles(files: readonly ExportFile[], now: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file.name] = [file.bytes, { level: file.name.endsWith('.docx') ? 0 : 6, mtime: now }];
  }
  return zipSync(entries);
}
