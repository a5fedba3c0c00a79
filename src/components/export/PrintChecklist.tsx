import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { datedChecklist } from '../../domain/checklist-due';
import { whenText } from '../../domain/checklist';
import { shortDate } from '../../domain/dates';
import { movedNote } from '../../domain/due-dates';
import { eventHeadingView } from '../../export/agenda-view';
import { $plan } from '../../stores/plan';
import { EmptyNote } from './PrintParts';
import { PrintShell } from './PrintShell';
import { href } from '../../lib/paths';
import { planIsland } from '../ui/plan-island';

/** The follow-up checklist as a printable table, before and after the event. */
export function PrintChecklistView() {
  const plan = useStore($plan);
  const dated = datedChecklist(plan.checklist, plan.days, plan.event.preWork);
  return (
    <PrintShell className="print-checklist" plan={plan} heading={eventHeadingView(plan)}>
      {dated.length === 0 && (
        <EmptyNote>
          The checklist is empty. <a href={href('checklist/')}>Add tasks on the checklist page</a>.
        </EmptyNote>
      )}
      {(['before', 'after'] as const).map((phase) => {
        const rows = dated.filter(({ item }) => item.phase === phase);
        if (rows.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`cl-${phase}`}>
            <h2 id={`cl-${phase}`}>{phase === 'before' ? 'Before the event' : 'After the event'}</h2>
            <table className="checklist-table">
              <thead>
                <tr>
                  <th scope="col">Done</th>
                  <th scope="col">Task</th>
                  <th scope="col">Due</th>
                  <th scope="col">Owner</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ item, due, movedFrom }) => (
                  <tr key={item.id}>
                    <td className="box">
                      <span aria-hidden="true">{item.done ? '☑' : '☐'}</span>
                      <span className="visually-hidden">{item.done ? 'done' : 'not done'}</span>
                    </td>
                    <th scope="row">
                      {item.title}
                      {item.detail && <span className="examples">{item.detail}</span>}
                    </th>
                    <td className="due">
                      {due ? shortDate(due) : whenText(item.phase, item.offsetDays)}
                      {movedFrom && <span className="examples">{movedNote(movedFrom)}</span>}
                    </td>
                    <td>{item.owner}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintChecklistView. */
export default planIsland(PrintChecklistView);
