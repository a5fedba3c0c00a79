import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { isOverdue, nextTasks } from '../../domain/checklist-due';
import { dateText, shortDate } from '../../domain/dates';
import { movedNote } from '../../domain/due-dates';
import { $plan } from '../../stores/plan';
import { planIsland } from '../ui/plan-island';

/** How many of the next tasks the start page lists. */
export const NEXT_TASK_COUNT = 4;

/** The next open checklist tasks with their due dates, overdue ones marked, linking to the checklist. */
export function NextTasksView({ checklistHref }: { checklistHref: string }) {
  const plan = useStore($plan);
  const next = nextTasks(plan.checklist, plan.days, plan.event.preWork, NEXT_TASK_COUNT);
  const hasDate = plan.days.some((day) => day.date !== '');
  // The view is rendered only in the browser, once the plan is read (planIsland).
  const today = dateText(new Date());
  return (
    <section aria-labelledby="next-tasks-heading" className="next-tasks">
      <h2 id="next-tasks-heading">Next tasks</h2>
      {!hasDate ? (
        <p>Set the date of day 1 above to see when each planning task is due.</p>
      ) : next.length === 0 ? (
        <p>No open tasks on the checklist.</p>
      ) : (
        <ul>
          {next.map(({ item, due, movedFrom }) => (
            <li key={item.id}>
              <strong>{item.title}</strong> — due <time dateTime={due}>{shortDate(due)}</time>
              {movedFrom && ` (${movedNote(movedFrom)})`}
              {isOverdue(due, today) && <strong className="overdue"> Overdue</strong>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={checklistHref}>Open the checklist</a>
      </p>
    </section>
  );
}

/** The island: the page's frame until the saved plan is read, then NextTasksView. */
export default planIsland(NextTasksView);
