/** Shared pieces of the print pages' content: the event heading, empty notes, ruled lines. */
import type { ReactNode } from 'react';
import type { Question } from '../../domain/content-schemas';
import { convenedBy, eventDates, type EventHeadingView } from '../../export/agenda-view';
import type { Plan } from '../../domain/plan';

/** Event title, conveners, venue and dates at the top of every printed sheet. */
export function EventHeading({ plan, view }: { plan: Plan; view: EventHeadingView }) {
  const by = convenedBy(view);
  const dates = eventDates(plan);
  return (
    <header className="print-event">
      <p className="print-title">{view.title}</p>
      {by && <p>{by}</p>}
      {(dates || view.venue) && <p>{[dates, view.venue].filter(Boolean).join(' · ')}</p>}
    </header>
  );
}

/** A note shown when a sheet has nothing to print yet, with where to fix it. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="notice warn">{children}</p>;
}

/** Ruled lines to write on (borders, since browsers skip backgrounds when printing). */
export function WriteLines({ count }: { count: number }) {
  return (
    <div className="write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} />
      ))}
    </div>
  );
}

/** Numbered discussion questions, each with ruled lines to write the answers on. */
export function QuestionList({ questions, lines }: { questions: readonly Question[]; lines: number }) {
  return (
    <ol className="question-list">
      {questions.map((q) => (
        <li key={q.id}>
          <p>{q.text}</p>
          <WriteLines count={lines} />
        </li>
      ))}
    </ol>
  );
}
