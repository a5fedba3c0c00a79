/**
 * The one step between the `ics` package's text and a file. `ics` 3.12 folds lines every 75
 * *characters* (runes, so an emoji sequence counts as one) and continues them with a tab; RFC
 * 5545 limits lines to 75 *octets*, so accented, emoji and CJK lines come out too long and strict
 * parsers reject them. It also always writes `X-PUBLISHED-TTL:PT1H`, a refresh interval for
 * subscribed feeds that a downloaded file has no use for. This unfolds its output, drops that
 * line, and folds every line again at 75 octets without splitting a character.
 */

/** Header lines `ics` always writes that a downloaded calendar must not carry. */
const DROPPED = /^X-PUBLISHED-TTL[;:]/i;

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no physical line is longer than 75 octets of UTF-8. Breaks fall
 * between code points, never inside a multi-byte character or a surrogate pair; continuation
 * lines start with one space, which counts toward their 75 octets.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = 75;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (currentOctets + size > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = 74;
    }
    current += char;
    currentOctets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The logical lines of iCalendar text: CRLF followed by a space or a tab continues a line. */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** `ics` output as a file: unfolded, without the lines it must not carry, refolded at 75 octets. */
export function refoldCalendar(text: string): string {
  const lines = unfoldLines(text).filter((line) => !DROPPED.test(line));
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
