/** File names made from the event title, safe on Windows, macOS and Linux. */

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file-name stem from free text: accents kept, characters that file systems refuse or that
 * confuse shells replaced, runs of separators collapsed, at most 60 characters.
 */
export function fileStem(title: string, fallback = 'convening-plan'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/[\s._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
    .toLowerCase();
  if (!cleaned || RESERVED.test(cleaned)) return fallback;
  return cleaned;
}

/** `stem-suffix.ext`, e.g. `spring-convening-agenda.docx`. */
export function fileName(title: string, suffix: string, extension: string): string {
  const stem = fileStem(title);
  return `${stem}${suffix ? `-${suffix}` : ''}.${extension}`;
}
