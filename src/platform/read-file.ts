/** Reads a user-chosen file; the only code that touches the File API. */
import { fail, ok, type Result } from '../domain/result';

/** Reads a file as text, with its size in bytes; a file that cannot be read fails with the reason. */
export async function readFileText(
  file: Pick<File, 'text' | 'size'>,
): Promise<Result<{ text: string; bytes: number }>> {
  try {
    return ok({ text: await file.text(), bytes: file.size });
  } catch (error) {
    return fail(`The file could not be read (${(error as Error).message}).`);
  }
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
