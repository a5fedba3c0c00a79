import type { GoalContent } from '../../domain/content-schemas';
import { MAX_DRAFT_GOALS } from '../../domain/goal-guidance';
import { setDraftGoalsText } from '../../stores/goals';
import { Field } from '../ui/Field';

interface Props {
  examples: GoalContent['guidance']['exampleGoals'];
  draft: string;
}

/** Set preliminary goals: measurable examples and a box to draft the group's starting goals. */
export function DraftGoals({ examples, draft }: Props) {
  return (
    <>
      <h4>Examples of measurable goals</h4>
      <p className="hint">
        The first three come from the NPSS key steps for state partnerships and name how many; the others are the
        planner's examples and also say who and by when. Give your own goals all three, so the group can tell later
        whether it got there.
      </p>
      <ul className="example-goals">
        {examples.map((example) => (
          <li key={example.id}>
            {example.text} <span className="hint">({example.source})</span>
          </li>
        ))}
      </ul>
      <Field
        label="Draft starting goals"
        hint="One per line. A starting point for the group to refine at the event, not a final answer."
      >
        <textarea
          rows={5}
          maxLength={MAX_DRAFT_GOALS}
          value={draft}
          onChange={(e) => setDraftGoalsText(e.target.value)}
        />
      </Field>
    </>
  );
}
