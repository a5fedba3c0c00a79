/** The toolkit parts the follow-up pages pass to their islands: goal titles and asset kinds only. */
import type { FollowUpContent } from '../export/follow-up-view';
import { loadToolkit } from './toolkit';

export async function followUpContent(): Promise<FollowUpContent> {
  const { goals } = await loadToolkit();
  return {
    goals: goals.map(({ id, title, shortTitle }) => ({ id, title, shortTitle })),
    assetKinds: goals.flatMap((g) => g.guidance.assetKinds.map(({ id, label }) => ({ id, label }))),
  };
}
