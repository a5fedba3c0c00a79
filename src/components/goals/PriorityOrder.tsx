import { useEffect, useRef } from 'react';
import type { ChosenGoal } from '../../domain/goals';
import { moveGoalChoice } from '../../stores/goals';

interface Props {
  chosen: ChosenGoal[];
  onAnnounce: (message: string) => void;
}

type Direction = 'up' | 'down';

const buttonId = (goalId: string, direction: Direction) => `goal-move-${direction}-${goalId}`;

/** The chosen goals in priority order, with keyboard buttons to move each one up or down. */
export function PriorityOrder({ chosen, onAnnounce }: Props) {
  // After a move, focus follows the moved goal's button (or its other button at either end).
  const follow = useRef<{ id: string; direction: Direction } | null>(null);
  useEffect(() => {
    const moved = follow.current;
    if (!moved) return;
    follow.current = null;
    const other: Direction = moved.direction === 'up' ? 'down' : 'up';
    const target = document.getElementById(buttonId(moved.id, moved.direction)) as HTMLButtonElement | null;
    const fallback = document.getElementById(buttonId(moved.id, other)) as HTMLButtonElement | null;
    (target && !target.disabled ? target : fallback)?.focus();
  });

  if (chosen.length === 0) return null;
  const move = (goal: ChosenGoal, index: number, direction: Direction) => {
    moveGoalChoice(goal.id, direction, goal.shortTitle);
    const place = direction === 'up' ? index : index + 2;
    follow.current = { id: goal.id, direction };
    onAnnounce(`${goal.shortTitle} moved to priority ${place} of ${chosen.length}.`);
  };

  return (
    <section aria-labelledby="priority-heading" className="goal-priority">
      <h3 id="priority-heading">Your priority order</h3>
      <p className="hint">The first goal matters most. The agenda and the handouts list the goals in this order.</p>
      <ol>
        {chosen.map((goal, index) => (
          <li key={goal.id}>
            <span className="goal-priority-title">{goal.title}</span>
            <span className="goal-priority-buttons">
              <button
                type="button"
                className="secondary small"
                id={buttonId(goal.id, 'up')}
                aria-label={`Move up: ${goal.shortTitle}`}
                disabled={index === 0}
                onClick={() => move(goal, index, 'up')}
              >
                Move up
              </button>
              <button
                type="button"
                className="secondary small"
                id={buttonId(goal.id, 'down')}
                aria-label={`Move down: ${goal.shortTitle}`}
                disabled={index === chosen.length - 1}
                onClick={() => move(goal, index, 'down')}
              >
                Move down
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
