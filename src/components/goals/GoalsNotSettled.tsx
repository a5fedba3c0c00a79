import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { goalsNotSettledNote } from '../../domain/goal-count';
import { $goalCount } from '../../stores/goals-chosen';

/** On the other steps: a short note, with a link, while the goals are fewer than 2 or more than 4. */
export default function GoalsNotSettled({ goalsHref }: { goalsHref: string }) {
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
