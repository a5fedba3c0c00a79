import { memo } from 'react';
import { chosenGoals } from '../../domain/goals';
import { draftGoalLines } from '../../domain/outcomes';
import type { AgreedGoal, Goals } from '../../domain/plan';
import type { FollowUpContent } from '../../export/follow-up-view';
import { addAndFocus, EntryList, type EntryField } from './EntryList';

interface Props {
  entries: AgreedGoal[];
  goals: Goals;
  content: FollowUpContent;
}

/** Goals agreed in the measurable form — who, what, how many, by when — with the drafts as starting points. */
export const GoalsAgreed = memo(function GoalsAgreed({ entries, goals, content }: Props) {
  const chosen = chosenGoals(goals, content.goals);
  const drafts = draftGoalLines(goals.draftGoals);
  const fields: EntryField<'goalsAgreed'>[] = [
    { key: 'what', label: 'What', type: 'textarea' },
    { key: 'who', label: 'Who' },
    { key: 'howMany', label: 'How many' },
    { key: 'byWhen', label: 'By when', type: 'date' },
    {
      key: 'fromGoal',
      label: 'Event goal it grew from',
      type: 'select',
      options: [{ value: '', label: 'None' }, ...chosen.map((g) => ({ value: g.id, label: g.title }))],
    },
  ];
  return (
    <EntryList list="goalsAgreed" entries={entries} noun="Goal" fields={fields} addLabel="Add a goal agreed">
      {(drafts.length > 0 || chosen.length > 0) && (
        <div className="starting-points">
          <h3>Starting points</h3>
          <p className="hint">Your draft goals and the event’s goals; each button starts a goal agreed from it.</p>
          <ul>
            {drafts.map((line) => (
              <li key={line}>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => addAndFocus('goalsAgreed', 'what', { what: line })}
                >
                  Start from the draft “{line}”
                </button>
              </li>
            ))}
            {chosen.map((goal) => (
              <li key={goal.id}>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => addAndFocus('goalsAgreed', 'what', { fromGoal: goal.id })}
                >
                  Start a goal under “{goal.shortTitle}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </EntryList>
  );
});
