/**
 * The follow-up package's files, built on demand: the summary (.docx, Markdown), the commitments
 * CSV, the calendar (.ics) and the thank-you list. The .docx writer and the `ics` package are
 * imported only when their file is asked for.
 */
import { fileName } from '../domain/file-names';
import type { Plan } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';
import type { CalendarStamp } from './calendar';
import { exportFile, type ExportFile, type FileExtension } from './export-file';
import { commitmentsCsv, thankYouCsv } from './follow-up-csv';
import { followUpMarkdown } from './follow-up-text';
import { buildFollowUpView, hasOutcomes, type FollowUpContent } from './follow-up-view';

export const FOLLOW_UP_KINDS = [
  'summary-docx',
  'summary-md',
  'commitments-csv',
  'follow-up-ics',
  'thanks-csv',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

const NAMES: Record<FollowUpKind, [string, FileExtension]> = {
  'summary-docx': ['follow-up', 'docx'],
  'summary-md': ['follow-up', 'md'],
  'commitments-csv': ['commitments', 'csv'],
  'follow-up-ics': ['follow-up', 'ics'],
  'thanks-csv': ['thank-you-list', 'csv'],
};

const NOTHING_YET = 'Nothing has been captured yet: add goals agreed, commitments, notes or the next meeting first.';

async function content(
  kind: FollowUpKind,
  plan: Plan,
  toolkit: FollowUpContent,
  stamp: CalendarStamp,
): Promise<Result<string | Uint8Array>> {
  switch (kind) {
    case 'summary-docx':
    case 'summary-md': {
      const view = buildFollowUpView(plan, toolkit);
      if (!hasOutcomes(view)) return fail(NOTHING_YET);
      if (kind === 'summary-md') return ok(followUpMarkdown(view));
      const { followUpDocx } = await import('./follow-up-docx');
      return ok(await followUpDocx(view));
    }
    case 'commitments-csv':
      return plan.outcomes.commitments.length ? ok(commitmentsCsv(plan)) : fail('There are no commitments yet.');
    case 'follow-up-ics': {
      const { followUpCalendar } = await import('./follow-up-calendar');
      return followUpCalendar(plan, stamp);
    }
    case 'thanks-csv':
      return plan.invitees.some((p) => p.attended)
        ? ok(thankYouCsv(plan))
        : fail('Nobody is marked as attended yet. Mark who came under Attendance first.');
  }
}

/** One file of the follow-up package, or why it cannot be made yet. */
export async function buildFollowUpFile(
  kind: FollowUpKind,
  plan: Plan,
  toolkit: FollowUpContent,
  stamp: CalendarStamp,
): Promise<Result<ExportFile>> {
  const result = await content(kind, plan, toolkit, stamp);
  if (!result.ok) return result;
  const [suffix, extension] = NAMES[kind];
  return ok(exportFile(fileName(plan.event.title, suffix, extension), result.value));
}
