import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import type { SheetLabelSet } from '../../domain/sheet-language';
import { eventHeadingView } from '../../export/agenda-view';
import { goalInputs } from '../../export/goal-inputs';
import { $plan } from '../../stores/plan';
import { currentSheetLang } from '../../stores/sheet-lang';
import { href } from '../../lib/paths';
import { EmptyNote, QuestionList } from './PrintParts';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

/** The discussion questions the convener chose, with room to write (English or `?lang=es`). */
export function PrintQuestionsView({ goals, labels }: { goals: GoalContent[]; labels: SheetLabelSet }) {
  const plan = useStore($plan);
  const { questions } = goalInputs(plan.goals, goals);
  const lang = currentSheetLang();
  const words = labels[lang];
  return (
    <PrintShell
      className="print-questions"
      plan={plan}
      heading={eventHeadingView(plan)}
      sheet={{ labels: words, title: words.questionsTitle }}
    >
      {questions.length === 0 ? (
        <EmptyNote lang={lang === 'en' ? undefined : 'en'}>
          No discussion questions are chosen yet. <a href={href('goals/')}>Pick them on the Goals page</a>.
        </EmptyNote>
      ) : (
        <QuestionList questions={questions} lines={3} lang={lang} />
      )}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintQuestionsView. */
export default planIsland(PrintQuestionsView);
