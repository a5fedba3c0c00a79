import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import type { GoalContent } from '../../domain/content-schemas';
import { chosenGoals } from '../../domain/goals';
import { $goalAdvice, $goals, toggleGoalChoice } from '../../stores/goals';
import { GoalAdvice } from './GoalAdvice';
import { OwnGoals } from './OwnGoals';
import { PriorityOrder } from './PriorityOrder';
import { planIsland } from '../ui/plan-island';

interface Props {
  /** The toolkit's five goals, in the toolkit's order. */
  toolkitGoals: GoalContent[];
}

/** Choosing 2–4 goals: the toolkit's five, own goals, the advice next to them, and the order. */
export function GoalChoiceView({ toolkitGoals }: Props) {
  const goals = useStore($goals);
  const advice = useStore($goalAdvice);
  const [announcement, setAnnouncement] = useState('');
  const chosen = chosenGoals(goals, toolkitGoals);

  const toggle = (id: string) => {
    const result = toggleGoalChoice(id, toolkitGoals.find((g) => g.id === id)?.shortTitle);
    if (!result.ok) setAnnouncement(result.error);
  };

  return (
    <div className="goal-choice">
      <fieldset className="goal-options-set">
        <legend>The toolkit's five goals</legend>
        <ul className="goal-options">
          {toolkitGoals.map((goal) => {
            const id = `goal-${goal.id}`;
            return (
              <li key={goal.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={goals.selected.includes(goal.id)}
                  onChange={() => toggle(goal.id)}
                  aria-describedby={`${id}-summary`}
                />
                <div>
                  <label htmlFor={id}>{goal.title}</label>
                  <p className="hint" id={`${id}-summary`}>
                    {goal.summary}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <GoalAdvice advice={advice} />
      <OwnGoals custom={goals.custom} selected={goals.selected} onAnnounce={setAnnouncement} />
      <PriorityOrder chosen={chosen} onAnnounce={setAnnouncement} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then GoalChoiceView. */
export default planIsland(GoalChoiceView);
