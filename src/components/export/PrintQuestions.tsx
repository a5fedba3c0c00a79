import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import { eventHeadingView } from '../../export/agenda-view';
import { goalInputs } from '../../export/goal-inputs';
import { $plan } from '../../stores/plan';
import { href } from '../../lib/paths';
import { EmptyNote, QuestionList } from './PrintParts';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

/** The discussion questions the convener chose, with room to write. */
export function PrintQuestionsView({ goals }: { goals: GoalContent[] }) {
  const plan = useStore($plan);
  const { questions } = goalInputs(plan.goals, goals);
  return (
    <PrintShell className="print-questions" plan={plan} heading={eventHeadingView(plan)}>
      {questions.length === 0 ? (
        <EmptyNote>
          No discussion questions are chosen yet. <a href={href('goals/')}>Pick them on the Goals page</a>.
        </EmptyNote>
      ) : (
        <QuestionList questions={questions} lines={3} />
      )}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintQuestionsView. */
export default planIsland(PrintQuestionsView);
