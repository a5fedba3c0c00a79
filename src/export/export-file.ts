/** A file an export makes: its name, media type and bytes. */

export interface ExportFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** The file extensions the exports write. */
export type FileExtension = keyof typeof TYPES;

const encoder = new TextEncoder();

/** A file named `name` (its extension gives the media type) holding `content` (text as UTF-8). */
export function exportFile(name: string, content: string | Uint8Array): ExportFile {
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1) as FileExtension];
  return { name, type, bytes: typeof content === 'string' ? encoder.encode(content) : content };
}
