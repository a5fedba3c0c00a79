/**
 * The follow-up package: files built on demand (the builders load with the first click), the
 * email text, and copying it. Every file goes through `saveBuiltFile`, like the export page's.
 */
import type { FollowUpKind } from '../export/follow-up-files';
import type { FollowUpContent } from '../export/follow-up-view';
import { copyText } from '../platform/clipboard';
import { saveBuiltFile, type ExportStatus } from './exports';
import { $plan } from './plan';
import { $planChangedAt } from './plan-changed';

export { $exportStatus as $followUpStatus } from './exports';

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
