import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { SheetLabelSet } from '../../domain/sheet-language';
import { eventHeadingView } from '../../export/agenda-view';
import { signInRows } from '../../export/print-data';
import { $plan } from '../../stores/plan';
import { currentSheetLang } from '../../stores/sheet-lang';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

/** Sign-in sheet: invitees by name plus blank rows, with a media-release column (English or `?lang=es`). */
export function PrintSignInView({ labels }: { labels: SheetLabelSet }) {
  const plan = useStore($plan);
  const rows = signInRows(plan.invitees);
  const words = labels[currentSheetLang()];
  return (
    <PrintShell
      className="print-sign-in"
      plan={plan}
      heading={eventHeadingView(plan)}
      sheet={{ labels: words, title: words.signInTitle }}
    >
      <table className="sign-in-table">
        <thead>
          <tr>
            <th scope="col">{words.name}</th>
            <th scope="col">{words.organization}</th>
            <th scope="col">{words.email}</th>
            <th scope="col">{words.mediaRelease}</th>
            <th scope="col">{words.signature}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{row.name}</td>
              <td>{row.organization}</td>
              <td />
              <td>{row.releaseOnFile ? words.onFile : words.yesNo}</td>
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
