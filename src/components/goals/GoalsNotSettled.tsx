import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { goalsNotSettledNote } from '../../domain/goal-count';
import { $goalCount } from '../../stores/goals-chosen';
import { planIsland } from '../ui/plan-island';

/** On the other steps: a short note, with a link, while the goals are fewer than 2 or more than 4. */
export function GoalsNotSettledView({ goalsHref }: { goalsHref: string }) {
  const note = goalsNotSettledNote(useStore($goalCount));
  if (note === null) return null;
  return (
    <div className="banner">
      <p className="notice warn goals-not-settled">
        {note} <a href={goalsHref}>Choose the goals</a>
      </p>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then GoalsNotSettledView. */
export default planIsland(GoalsNotSettledView);
