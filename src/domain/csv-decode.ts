/**
 * Turns the bytes of a CSV file into text. Excel on Windows still writes "CSV" as
 * Windows-1252 unless the user picks "CSV UTF-8", so a file that is not valid UTF-8 is read
 * as Windows-1252 and the user is told. Excel's "Unicode Text" is UTF-16 with a byte order mark.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file started with a byte order mark (removed from `text`). */
  hadBom: boolean;
}

/** Decodes CSV bytes: UTF-16 by its BOM, else strict UTF-8, else Windows-1252; the BOM is stripped. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: we removed the first BOM ourselves; a second one is kept as data.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', hadBom };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, fromC1);
    return { text, encoding: 'windows-1252', hadBom };
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F are letters and punctuation (€ ’ Š …), not control codes.
 * Browsers decode them so already; Node's TextDecoder reads the label as Latin-1 and leaves
 * C1 controls, so they are mapped here (the five bytes 1252 leaves undefined stay as they are).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function fromC1(char: string): string {
  return CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char;
}

/** Pasted text: only a leading BOM to drop (some apps copy it along). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
