import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import type { SheetLabelSet } from '../../domain/sheet-language';
import { eventHeadingView } from '../../export/agenda-view';
import { goalInputs } from '../../export/goal-inputs';
import { PREWORK_TEXT } from '../../export/sheet-documents';
import { $plan } from '../../stores/plan';
import { currentSheetLang } from '../../stores/sheet-lang';
import { href } from '../../lib/paths';
import { EmptyNote, QuestionList } from './PrintParts';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

/** The pre-work packet: the data ticked on the Goals page, each with why it matters (English or `?lang=es`). */
export function PrintPreworkView({ goals, labels }: { goals: GoalContent[]; labels: SheetLabelSet }) {
  const plan = useStore($plan);
  const lang = currentSheetLang();
  const words = labels[lang];
  const { data, questions } = goalInputs(plan.goals, goals, lang);
  return (
    <PrintShell
      className="print-prework"
      plan={plan}
      heading={eventHeadingView(plan)}
      sheet={{ labels: words, title: words.preworkTitle }}
    >
      {data.length === 0 ? (
        // A note for the convener: in the planner's language, like the toolbar.
        <EmptyNote lang={lang === 'en' ? undefined : 'en'}>
          {PREWORK_TEXT.empty} <a href={href('goals/')}>Tick the data to bring on the Goals page</a> (under “Align on
          Student &amp; Community Needs”).
        </EmptyNote>
      ) : (
        <>
          <p>{words.preworkIntro}</p>
          {data.map((item) => (
            <section key={item.id} className="prework-item" aria-labelledby={`prework-${item.id}`}>
              <h2 id={`prework-${item.id}`}>{item.label}</h2>
              {item.why && (
                <p>
                  <strong>{words.whyItMatters}:</strong> {item.why}
                </p>
              )}
            </section>
          ))}
          {questions.length > 0 && (
            <section aria-labelledby="prework-questions">
              <h2 id="prework-questions">{words.preworkQuestionsHeading}</h2>
              <QuestionList questions={questions} lines={2} lang={lang} />
            </section>
          )}
          <p className="print-source">{words.preworkSource}</p>
        </>
      )}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintPreworkView. */
export default planIsland(PrintPreworkView);
