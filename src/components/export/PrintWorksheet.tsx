import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import { eventHeadingView } from '../../export/agenda-view';
import { worksheetRows, type WorksheetRow } from '../../export/print-data';
import { $plan } from '../../stores/plan';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

function Rows({ id, title, rows }: { id: string; title: string; rows: WorksheetRow[] }) {
  return (
    <section className="worksheet-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="worksheet-table">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">What we know already</th>
            <th scope="col">Added in the room</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kind, notes }) => (
            <tr key={kind.id}>
              <th scope="row">
                {kind.label}
                {kind.examples.length > 0 && <span className="examples">e.g. {kind.examples.join(', ')}</span>}
              </th>
              <td className="pre-line">{notes}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The asset worksheet: community assets and sources of support, with notes and room to add. */
export function PrintWorksheetView({ goals }: { goals: GoalContent[] }) {
  const plan = useStore($plan);
  const { assets, support } = worksheetRows(plan.goals, goals);
  return (
    <PrintShell className="print-worksheet" plan={plan} heading={eventHeadingView(plan)}>
      <Rows id="ws-assets" title="Community assets" rows={assets} />
      <Rows id="ws-support" title="Sources of support" rows={support} />
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintWorksheetView. */
export default planIsland(PrintWorksheetView);
