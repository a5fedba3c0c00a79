/**
 * A plan carried in a link: `<site>/#plan=1.<base64url(deflate(json))>`, where `1` names the
 * preset dictionary the JSON was compressed with (./share-dictionary.ts). The part after `#` is
 * never sent to a server (browsers keep the fragment to themselves), so a convener can hand a
 * plan to a co-convener without any server. Loaded on demand, with fflate, by stores/share.ts.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { SHARE_DICTIONARY_1 } from './share-dictionary';
import { PLAN_FILE_APP, restoreWithNotice, type Restored } from '../domain/restore';
import type { Plan } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';

/** What starts the fragment of a share link. */
export const SHARE_FRAGMENT = '#plan=';

/**
 * The longest link the planner makes. Browsers open far longer ones, but a link is sent through
 * mail programs, chat and calendar invitations, and some of those cut or refuse long ones; 8,000
 * characters is the length HTTP asks every program handling links to support at least (RFC 9110,
 * 4.1), so a link within it arrives whole. A plan too big for it goes as a plan file instead.
 */
export const SHARE_LINK_MAX_CHARS = 8000;

/**
 * JSON compresses to about a tenth or more; a plan whose text is this many times the limit
 * cannot fit, so it is refused before spending time compressing it.
 */
const HOPELESS_RATIO = 40;

/** The dictionary version links are made with now; readers keep every earlier one. */
const DICTIONARY_VERSION = 1;
const dictionaries: Record<number, () => Uint8Array> = { 1: () => strToU8(SHARE_DICTIONARY_1) };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url (RFC 4648 §5), without padding: safe in a URL fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k += 1) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url text back to bytes; null when it holds a character base64url does not use. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    value = (value << 6) | B64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out;
}

/** Why a plan gets no link: the link it would make is `length` characters long. */
export interface TooLong {
  kind: 'too-long';
  /** The link's length, or the plan text's when it was too big to try. */
  length: number;
}

/**
 * The share link for `plan` on the site at `siteUrl` (e.g. `https://example.org/planner/`), or
 * `too-long` when it would pass SHARE_LINK_MAX_CHARS.
 */
export function buildShareLink(plan: Plan, siteUrl: string): Result<string, TooLong> {
  const json = JSON.stringify({ app: PLAN_FILE_APP, schemaVersion: plan.schemaVersion, plan });
  if (json.length > SHARE_LINK_MAX_CHARS * HOPELESS_RATIO) return fail({ kind: 'too-long', length: json.length });
  const dictionary = dictionaries[DICTIONARY_VERSION]!();
  const packed = toBase64Url(deflateSync(strToU8(json), { level: 9, dictionary }));
  const link = `${siteUrl.replace(/#.*$/, '')}${SHARE_FRAGMENT}${DICTIONARY_VERSION}.${packed}`;
  return link.length > SHARE_LINK_MAX_CHARS ? fail({ kind: 'too-long', length: link.length }) : ok(link);
}

const WHAT_IT_IS =
  'Whoever opens it gets a copy of this plan in their browser. The plan is inside the link, after the “#”, which browsers never send to a server; anyone who has the link can read it.';

/** What the start page says after "Copy share link" (kept here, loaded with the builder). */
export function shareText(kind: 'copied' | 'shown' | 'too-long', length = 0): string {
  if (kind === 'copied') return `Share link copied. ${WHAT_IT_IS}`;
  if (kind === 'shown') return `Copy this share link: ${WHAT_IT_IS}`;
  const limit = SHARE_LINK_MAX_CHARS.toLocaleString('en-US');
  return `This plan is too large for a link (${length.toLocaleString('en-US')} characters; links over ${limit} can be cut short by mail and chat programs). Send the plan file instead; they open it here with “Open a plan file…”.`;
}

/** True when an address's fragment (`location.hash`) carries a plan. */
export function isShareFragment(fragment: string): boolean {
  return fragment.startsWith(SHARE_FRAGMENT);
}

const BROKEN = 'The link is incomplete or damaged (was it cut short when it was copied or sent?).';

/**
 * The plan in a share link's fragment, validated and migrated like a plan file (restore()).
 * Anything else — cut short, edited, another site's link — is an error saying so.
 */
export function readShareFragment(fragment: string): Result<Restored> {
  if (!isShareFragment(fragment)) return fail('This link does not carry a plan.');
  const body = fragment.slice(SHARE_FRAGMENT.length);
  // The planner never makes a longer link; a longer one would only cost memory to unpack.
  if (body.length > SHARE_LINK_MAX_CHARS) return fail('The link is longer than any share link the planner makes.');
  const [, version = '', payload = ''] = /^(\d+)\.(.*)$/.exec(body) ?? [];
  const dictionary = dictionaries[Number(version)];
  if (version && !dictionary) {
    return fail('The link was made by a newer version of the planner; open it with that version.');
  }
  const bytes = fromBase64Url(payload);
  if (!dictionary || !bytes || bytes.length === 0) return fail(BROKEN);
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(bytes, { dictionary: dictionary() })));
  } catch {
    return fail(BROKEN);
  }
  if (json === null || typeof json !== 'object' || (json as Record<string, unknown>).app !== PLAN_FILE_APP) {
    return fail('The link does not hold a Convening Planner plan.');
  }
  return restoreWithNotice((json as Record<string, unknown>).plan);
}
