/** Reads a user-chosen file; the only code that touches the File API. */
import { fail, ok, type Result } from '../domain/result';

/**
 * Reads a file as text. Throws when the browser cannot read it; the plan-file reader catches
 * that (see readFileBytes for the Result form new callers should use).
 */
export async function readFileText(file: File): Promise<{ text: string; bytes: number }> {
  const text = await file.text();
  return { text, bytes: file.size };
}

/**
 * Reads a file's raw bytes (CSV import decodes them itself to detect the encoding). A file that
 * vanished or cannot be read (moved, permissions) fails with the browser's reason.
 */
export async function readFileBytes(file: Pick<File, 'arrayBuffer'>): Promise<Result<Uint8Array>> {
  try {
    return ok(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return fail(`The file could not be read (${(error as Error).message}).`);
  }
}
