import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import { eventHeadingView } from '../../export/agenda-view';
import { goalInputs } from '../../export/goal-inputs';
import { PREWORK_TEXT } from '../../export/sheet-documents';
import { $plan } from '../../stores/plan';
import { href } from '../../lib/paths';
import { EmptyNote, QuestionList } from './PrintParts';
import { PrintShell } from './PrintShell';

/** The pre-work packet: the data ticked on the Goals page, each with why it matters. */
export default function PrintPrework({ goals }: { goals: GoalContent[] }) {
  const plan = useStore($plan);
  const { data, questions } = goalInputs(plan.goals, goals);
  return (
    <PrintShell className="print-prework" plan={plan} heading={eventHeadingView(plan)}>
      {data.length === 0 ? (
        <EmptyNote>
          {PREWORK_TEXT.empty} <a href={href('goals/')}>Tick the data to bring on the Goals page</a> (under “Align on
          Student &amp; Community Needs”).
        </EmptyNote>
      ) : (
        <>
          <p>{PREWORK_TEXT.intro}</p>
          {data.map((item) => (
            <section key={item.id} className="prework-item" aria-labelledby={`prework-${item.id}`}>
              <h2 id={`prework-${item.id}`}>{item.label}</h2>
              {item.why && (
                <p>
                  <strong>{PREWORK_TEXT.whyLabel}:</strong> {item.why}
                </p>
              )}
            </section>
          ))}
          {questions.length > 0 && (
            <section aria-labelledby="prework-questions">
              <h2 id="prework-questions">{PREWORK_TEXT.questionsHeading}</h2>
              <QuestionList questions={questions} lines={2} />
            </section>
          )}
          <p className="print-source">{PREWORK_TEXT.source}</p>
        </>
      )}
    </PrintShell>
  );
}
