import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { eventHeadingView } from '../../export/agenda-view';
import {
  autoQuantities,
  BUDGET_KIND_LABELS,
  budgetTotalCents,
  headcount,
  headcountSentence,
  lineQuantity,
  lineTotalCents,
  money,
} from '../../domain/logistics';
import { needsTotals } from '../../domain/needs';
import { $plan } from '../../stores/plan';
import { EmptyNote } from '../export/PrintParts';
import { PrintShell } from '../export/PrintShell';
import { planIsland } from '../ui/plan-island';
import { NeedsTotalsList } from './NeedsTotalsList';

/** The logistics list and budget on paper. */
export function PrintLogisticsView({ logisticsHref }: { logisticsHref: string }) {
  const plan = useStore($plan);
  const { logistics, invitees } = plan;
  const auto = autoQuantities(invitees, logistics.tentativeSharePercent);
  return (
    <PrintShell
      className="print-logistics"
      plan={plan}
      heading={eventHeadingView(plan)}
      back={{ href: logisticsHref, label: 'Back to logistics' }}
    >
      <h2>Logistics and budget</h2>
      <p>Expected headcount: {headcountSentence(headcount(invitees, logistics.tentativeSharePercent))}</p>
      <h3>What people asked for</h3>
      <NeedsTotalsList totals={needsTotals(invitees)} />
      <h3>Budget</h3>
      {logistics.lines.length === 0 ? (
        <EmptyNote>
          No budget lines yet. <a href={logisticsHref}>Add them on the logistics page</a>.
        </EmptyNote>
      ) : (
        <table className="budget">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Quantity</th>
              <th scope="col">Unit cost</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {logistics.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.label || BUDGET_KIND_LABELS[line.kind]}</td>
                <td>{lineQuantity(line, auto)}</td>
                <td>{money(Math.round(line.unitCost * 100), logistics.currency)}</td>
                <td>{money(lineTotalCents(line, auto), logistics.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total
              </th>
              <td>{money(budgetTotalCents(logistics.lines, auto), logistics.currency)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </PrintShell>
  );
}

export default planIsland(PrintLogisticsView);
