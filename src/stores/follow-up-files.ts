/**
 * The follow-up package: files built on demand, the email text and copying it, and commitments
 * as checklist tasks. The follow-up page loads this module with the first click on any of them.
 * Every file goes through `saveBuiltFile`, like the export page's.
 */
import type { FollowUpKind } from '../export/follow-up-files';
import type { FollowUpContent } from '../export/follow-up-view';
import { copyText } from '../platform/clipboard';
import { saveBuiltFile, type ExportStatus } from './exports';
import { commitmentTasks, type CommitmentTasks } from '../domain/commitment-tasks';
import { newId } from '../domain/plan';
import { $plan, updatePlan } from './plan';
import { $planChangedAt } from './plan-changed';

/** Builds one file of the package and saves it. */
export function exportFollowUp(
  kind: FollowUpKind,
  content: FollowUpContent,
  now: Date = new Date(),
): Promise<ExportStatus> {
  return saveBuiltFile(async () => {
    const { buildFollowUpFile } = await import('../export/follow-up-files');
    return buildFollowUpFile(kind, $plan.get(), content, { now, changedAt: $planChangedAt.get() });
  });
}

/** The summary as email text, with a `mailto:` link when it is short enough for one (else null). */
export interface FollowUpEmail {
  subject: string;
  body: string;
  mailto: string | null;
}

/** Writes the email text from the current plan. */
export async function prepareEmail(content: FollowUpContent): Promise<FollowUpEmail> {
  const [{ buildFollowUpView }, { followUpEmail, mailtoLink }] = await Promise.all([
    import('../export/follow-up-view'),
    import('../export/follow-up-text'),
  ]);
  const email = followUpEmail(buildFollowUpView($plan.get(), content));
  return { ...email, mailto: mailtoLink(email) };
}

/** Copies the email's text to the clipboard; false when the browser does not allow it. */
export function copyEmailText(email: FollowUpEmail): Promise<boolean> {
  return copyText(email.body);
}

/** Adds (or brings up to date) one checklist task per commitment; says how many. */
export function commitmentsToTasks(): CommitmentTasks {
  let result: CommitmentTasks = { checklist: [], added: 0, updated: 0, skipped: 0 };
  updatePlan('add the commitments to the checklist', (plan) => {
    result = commitmentTasks(plan.checklist, plan.outcomes.commitments, plan.days, newId);
    return result.added || result.updated ? { ...plan, checklist: result.checklist } : plan;
  });
  return result;
}
