import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { FocusArea, GoalContent } from '../../domain/content-schemas';
import { keptForUnchosen } from '../../domain/goal-guidance';
import type { Goals } from '../../domain/plan';
import { $goals, toggleGoalTick } from '../../stores/goals';
import { AssetWorksheet } from './AssetWorksheet';
import { CheckList } from './CheckList';
import { DraftGoals } from './DraftGoals';
import { NeedsGuidance } from './NeedsGuidance';
import { planIsland } from '../ui/plan-island';

interface Props {
  toolkitGoals: GoalContent[];
  focusAreas: FocusArea[];
}

function GuidanceBody({ goal, goals, focusAreas }: { goal: GoalContent; goals: Goals; focusAreas: FocusArea[] }) {
  const g = goal.guidance;
  return (
    <>
      {(g.dataToBring.length > 0 || g.questions.length > 0) && (
        <NeedsGuidance goal={goal} goals={goals} focusAreas={focusAreas} />
      )}
      {g.assetKinds.length > 0 && <AssetWorksheet kinds={g.assetKinds} notes={goals.assetNotes} />}
      {g.exampleGoals.length > 0 && <DraftGoals examples={g.exampleGoals} draft={goals.draftGoals} />}
      {g.planElements.length > 0 && (
        <CheckList
          legend="Plan elements for the closing session"
          hint="Tick what the group should leave with; they become the closing session's checklist."
          options={g.planElements}
          checked={goals.planElements}
          onToggle={(id) => toggleGoalTick('planElements', id)}
        />
      )}
      {g.ideas.length > 0 && (
        <>
          <p className="hint">Ideas to build into the agenda:</p>
          <ul className="goal-ideas">
            {g.ideas.map((idea) => (
              <li key={idea.id}>
                <strong>{idea.label}.</strong> {idea.help}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The guidance of each chosen toolkit goal, in priority order; un-chosen goals keep their data. */
export function GoalGuidanceView({ toolkitGoals, focusAreas }: Props) {
  const goals = useStore($goals);
  const chosen = goals.selected
    .map((id) => toolkitGoals.find((g) => g.id === id))
    .filter((g): g is GoalContent => g !== undefined);
  const kept = keptForUnchosen(goals, toolkitGoals);
  return (
    <div className="goal-guidance">
      {chosen.length === 0 && <p>Choose one of the toolkit's goals above to see its guidance here.</p>}
      {chosen.map((goal) => (
        <section key={goal.id} aria-labelledby={`guidance-${goal.id}`} className="card goal-guidance-card">
          <h3 id={`guidance-${goal.id}`}>{goal.title}</h3>
          <GuidanceBody goal={goal} goals={goals} focusAreas={focusAreas} />
        </section>
      ))}
      {kept.length > 0 && (
        <p className="notice">
          What you filled in for {kept.join(', ')} is kept in your plan. Tick the goal again to see and use it.
        </p>
      )}
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then GoalGuidanceView. */
export default planIsland(GoalGuidanceView);
