/** `mailto:` links (RFC 6068) for messages, and when a message is too long for one. */
import { fail, ok, type Result } from './result';

/**
 * Longest `mailto:` URL we hand to the browser. Mail programs and browsers cut or refuse links
 * near 2,000 characters (Outlook on Windows, some webmail handlers), so we keep a margin.
 */
export const MAILTO_MAX = 1900;

/**
 * Percent-encodes a header value for a `mailto:` URL: UTF-8 bytes as %XX, so accents, `&`, `?`,
 * `#` and `%` cannot end the value early; line breaks become CRLF (%0D%0A), as RFC 6068 asks.
 */
export function mailtoEncode(value: string): string {
  return encodeURIComponent(value.replace(/\r\n?|\n/g, '\r\n'));
}

/** An address in a `mailto:` URL: `@` stays readable, everything else outside the safe set is encoded. */
function encodeAddress(address: string): string {
  return address
    .trim()
    .split('@')
    .map((part) => encodeURIComponent(part))
    .join('@');
}

/**
 * A `mailto:` link to `to` with the subject and body filled in, or a message saying why not:
 * the finished URL is longer than `max` characters (copy the text instead).
 */
export function mailtoHref(
  to: string,
  message: { subject: string; body: string },
  max: number = MAILTO_MAX,
): Result<string> {
  const href = `mailto:${encodeAddress(to)}?subject=${mailtoEncode(message.subject)}&body=${mailtoEncode(message.body)}`;
  if (href.length > max)
    return fail(
      `This message is too long to open in a mail program (${href.length} characters as a link; mail programs accept about ${max}). Copy the text instead.`,
    );
  return ok(href);
}
