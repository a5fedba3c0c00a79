/** The mail-merge CSV of the messages page; this module and the builder load on the first click. */
import type { MessageKind } from '../domain/messages';
import { fileName } from '../domain/file-names';
import type { MailMergeContent } from '../export/mail-merge-csv';
import { saveBuiltFile, type ExportStatus } from './exports';
import { $plan } from './plan';

/** Builds the mail-merge CSV of `kind` and hands it to the browser. */
export function exportMailMerge(kind: MessageKind, content: MailMergeContent, label: string): Promise<ExportStatus> {
  return saveBuiltFile(
    async () => {
      const [{ mailMergeCsv }, { exportFile }] = await Promise.all([
        import('../export/mail-merge-csv'),
        import('../export/export-file'),
      ]);
      const plan = $plan.get();
      const csv = mailMergeCsv(plan, kind, content);
      if (!csv.ok) return csv;
      return { ok: true, value: exportFile(fileName(plan.event.title, `${kind}-mail-merge`, 'csv'), csv.value) };
    },
    { target: `people:mail-merge-${kind}`, label },
  );
}
