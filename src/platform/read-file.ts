/** Reads a user-chosen file; the only code that touches the File API. */
export async function readFileText(file: File): Promise<{ text: string; bytes: number }> {
  const text = await file.text();
  return { text, bytes: file.size };
}

/** Reads a file's raw bytes (CSV import decodes them itself to detect the encoding). */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
