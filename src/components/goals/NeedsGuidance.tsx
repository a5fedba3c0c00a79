import type { FocusArea, GoalContent } from '../../domain/content-schemas';
import { hiddenChosenQuestions, questionGroups } from '../../domain/goal-guidance';
import type { Goals } from '../../domain/plan';
import { toggleGoalTick } from '../../stores/goals';
import { CheckList } from './CheckList';

interface Props {
  goal: GoalContent;
  goals: Goals;
  focusAreas: FocusArea[];
}

const asOption = (q: { id: string; text: string }) => ({ id: q.id, label: q.text });

/** Align on needs: the data to bring, and the discussion questions filtered by focus area. */
export function NeedsGuidance({ goal, goals, focusAreas }: Props) {
  const { dataToBring, questions } = goal.guidance;
  const groups = questionGroups(questions, goals.focusAreas, focusAreas);
  const hidden = hiddenChosenQuestions(questions, goals);
  const chosenAreaNames = focusAreas.filter((a) => goals.focusAreas.includes(a.id)).map((a) => a.name);
  const onToggle = (id: string) => toggleGoalTick('questions', id);
  return (
    <>
      <CheckList
        legend="Data to bring or send as pre-work"
        hint="Tick what you will bring to the room or send ahead, so everyone looks at the same picture."
        options={dataToBring}
        checked={goals.dataToBring}
        onToggle={(id) => toggleGoalTick('dataToBring', id)}
      />
      <h4 id="questions-heading">Discussion questions</h4>
      <p className="hint" id="questions-filter">
        {chosenAreaNames.length === 0
          ? 'Showing every question. Choose focus areas above to see only the questions for those roles.'
          : `Showing the general questions and those for: ${chosenAreaNames.join(', ')}.`}{' '}
        Grouped by student-support role, as in the district partnership toolkit. The ones you tick go into the handouts.
      </p>
      {groups.map((group) => (
        <CheckList
          key={group.key}
          legend={group.title}
          options={group.questions.map(asOption)}
          checked={goals.questions}
          onToggle={onToggle}
        />
      ))}
      {hidden.length > 0 && (
        <CheckList
          legend="Ticked earlier, outside your focus areas"
          hint="Still on your list. Untick them if they no longer fit."
          options={hidden.map(asOption)}
          checked={goals.questions}
          onToggle={onToggle}
        />
      )}
    </>
  );
}
