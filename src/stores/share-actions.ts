/**
 * Sharing the plan as a link, and opening a shared one: the actions behind ./share.ts, loaded
 * with the builder and fflate on first use, so the start page carries none of it up front.
 */
import type { Restored } from '../domain/restore';
import type { Result } from '../domain/result';
import { href } from '../lib/paths';
import { copyText } from '../platform/clipboard';
import { clearPageFragment, pageFragment, siteAddress } from '../platform/address';
import { buildShareLink, readShareFragment, shareText } from '../export/share-link';
import { $plan } from './plan';

/** What came of "Copy share link", with the sentence that says so. */
export interface ShareOutcome {
  /** Copied; shown to copy by hand (the browser refused the clipboard); or too long for a link. */
  kind: 'copied' | 'shown' | 'too-long';
  text: string;
  /** The link; empty when too long. */
  link: string;
}

/** Makes the share link of the open plan and copies it, or says the plan is too large for one. */
export async function copyShareLink(): Promise<ShareOutcome> {
  const built = buildShareLink($plan.get(), siteAddress(href('')));
  if (!built.ok) return { kind: 'too-long', text: shareText('too-long', built.error.length), link: '' };
  const kind = (await copyText(built.value)) ? 'copied' : 'shown';
  return { kind, text: shareText(kind), link: built.value };
}

/**
 * The plan carried by the address this page was opened with (`#plan=…`), read and validated. The
 * fragment is removed from the address bar at once, so a reload or a bookmark does not offer the
 * plan again.
 */
export function takeSharedPlan(): Result<Restored> {
  const fragment = pageFragment();
  clearPageFragment();
  return readShareFragment(fragment);
}
