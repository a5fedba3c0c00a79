/**
 * Sharing the plan as a link (see ./share-actions.ts). All that the start page loads up front is
 * this: a look at the address's fragment, and the actions are imported on first use.
 */
import type { Restored } from '../domain/restore';
import type { Result } from '../domain/result';
import { pageFragment } from '../platform/address';
import type { ShareOutcome } from './share-actions';

export type { ShareOutcome };

const actions = () => import('./share-actions');

/** Makes the share link of the open plan and copies it, or says the plan is too large for one. */
export async function copyShareLink(): Promise<ShareOutcome> {
  return (await actions()).copyShareLink();
}

/** The plan in the address's `#plan=…` fragment (validated; the fragment is then removed), or null without one. */
export async function takeSharedPlan(): Promise<Result<Restored> | null> {
  return pageFragment().startsWith('#plan=') ? (await actions()).takeSharedPlan() : null;
}
