import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { eventHeadingView } from '../../export/agenda-view';
import { signInRows } from '../../export/print-data';
import { $plan } from '../../stores/plan';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

/** Sign-in sheet: invitees by name plus blank rows, with a media-release column. */
export function PrintSignInView() {
  const plan = useStore($plan);
  const rows = signInRows(plan.invitees);
  return (
    <PrintShell className="print-sign-in" plan={plan} heading={eventHeadingView(plan)}>
      <table className="sign-in-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Organization</th>
            <th scope="col">Email</th>
            <th scope="col">Media release signed</th>
            <th scope="col">Signature</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{row.name}</td>
              <td>{row.organization}</td>
              <td />
              <td>{row.releaseOnFile ? 'On file' : '☐ Yes   ☐ No'}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintSignInView. */
export default planIsland(PrintSignInView);
