/** Shared pieces of the print pages' content: the event heading, empty notes, ruled lines. */
import type { ReactNode } from 'react';
import type { Question, SheetLabels } from '../../domain/content-schemas';
import { convenedByIn, eventDatesIn, questionText, type SheetLang } from '../../domain/sheet-language';
import { convenedBy, eventDates, type EventHeadingView } from '../../export/agenda-view';
import type { Plan } from '../../domain/plan';

/**
 * What the convener typed, on a sheet in another language: shown as typed and marked as being
 * in no known language (`lang=""`), so a screen reader does not read it as that language.
 */
export function Typed({ text, sheetLang }: { text: string; sheetLang?: string | undefined }) {
  return sheetLang && sheetLang !== 'en' ? <span lang="">{text}</span> : <>{text}</>;
}

/** Event title, conveners, venue and dates at the top of every printed sheet (in the sheet's language). */
export function EventHeading({
  plan,
  view,
  labels,
}: {
  plan: Plan;
  view: EventHeadingView;
  labels?: SheetLabels | undefined;
}) {
  const by = labels ? convenedByIn(view.convener, view.coConveners, labels) : convenedBy(view);
  const dates = labels
    ? eventDatesIn(
        plan.days.map((d) => d.date),
        labels,
      )
    : eventDates(plan);
  const lang = labels?.lang;
  return (
    <header className="print-event">
      <p className="print-title">
        <Typed text={view.title} sheetLang={lang} />
      </p>
      {by && <p>{by}</p>}
      {(dates || view.venue) && (
        <p>
          {dates}
          {dates && view.venue && ' · '}
          {view.venue && <Typed text={view.venue} sheetLang={lang} />}
        </p>
      )}
    </header>
  );
}

/** A note shown when a sheet has nothing to print yet, with where to fix it (in the planner's language). */
export function EmptyNote({ children, lang }: { children: ReactNode; lang?: string | undefined }) {
  return (
    <p className="notice warn" lang={lang}>
      {children}
    </p>
  );
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
export function QuestionList({
  questions,
  lines,
  lang = 'en',
}: {
  questions: readonly Question[];
  lines: number;
  lang?: SheetLang;
}) {
  return (
    <ol className="question-list">
      {questions.map((q) => (
        <li key={q.id}>
          <p>{questionText(q, lang)}</p>
          <WriteLines count={lines} />
        </li>
      ))}
    </ol>
  );
}
