import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import { buildAgendaView } from '../../export/agenda-view';
import { chosenQuestions } from '../../export/print-data';
import { $plan } from '../../stores/plan';
import { href } from '../../lib/paths';
import { EmptyNote, WriteLines } from './PrintParts';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

/** The discussion questions the convener chose, with room to write. */
export function PrintQuestionsView({ goals }: { goals: GoalContent[] }) {
  const plan = useStore($plan);
  const questions = chosenQuestions(plan.goals, goals);
  return (
    <PrintShell className="print-questions" heading={{ plan, view: buildAgendaView(plan, goals) }}>
      {questions.length === 0 ? (
        <EmptyNote>
          No discussion questions are chosen yet. <a href={href('goals/')}>Pick them on the Goals page</a>.
        </EmptyNote>
      ) : (
        <ol className="question-list">
          {questions.map((q) => (
            <li key={q.id}>
              <p>{q.text}</p>
              <WriteLines count={3} />
            </li>
          ))}
        </ol>
      )}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintQuestionsView. */
export default planIsland(PrintQuestionsView);
