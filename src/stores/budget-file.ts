/** The budget CSV of the logistics page; this module and the builder load on the first click. */
import { fileName } from '../domain/file-names';
import { saveBuiltFile, type ExportStatus } from './exports';
import { $plan } from './plan';

/** The budget as CSV, built on demand. */
export function exportBudget(label: string): Promise<ExportStatus> {
  return saveBuiltFile(
    async () => {
      const [{ budgetCsv }, { exportFile }] = await Promise.all([
        import('../export/budget-csv'),
        import('../export/export-file'),
      ]);
      const plan = $plan.get();
      if (plan.logistics.lines.length === 0) return { ok: false, error: 'The budget has no lines yet.' };
      return { ok: true, value: exportFile(fileName(plan.event.title, 'budget', 'csv'), budgetCsv(plan)) };
    },
    { target: 'people:budget', label },
  );
}
