import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import { buildAgendaView, sessionRows } from '../../export/agenda-view';
import type { HandoutInserts } from '../../export/goal-inputs';
import { INSERT_HEADINGS, optionLine, viewInserts } from '../../export/sheet-documents';
import { $plan } from '../../stores/plan';
import { href } from '../../lib/paths';
import { EmptyNote, WriteLines } from './PrintParts';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

interface Props {
  goals: GoalContent[];
}

function List({ label, items, ordered = false }: { label: string; items: string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const children = items.map((text, i) => <li key={i}>{text}</li>);
  return (
    <>
      <h3>{label}</h3>
      {ordered ? <ol>{children}</ol> : <ul>{children}</ul>}
    </>
  );
}

/** What the Goals page adds to a session's handout (the same parts as in the .docx and Markdown). */
function Inserts({ inserts }: { inserts: HandoutInserts }) {
  return (
    <>
      <List label={INSERT_HEADINGS.eventGoals} items={inserts.eventGoals} ordered />
      <List label={INSERT_HEADINGS.data} items={inserts.data.map(optionLine)} />
      <List label={INSERT_HEADINGS.questions} items={inserts.questions.map((q) => q.text)} />
      <List label={INSERT_HEADINGS.draftGoals} items={inserts.draftGoals} />
      <List label={INSERT_HEADINGS.planElements} items={inserts.planElements.map(optionLine)} />
    </>
  );
}

/** One facilitator handout per session: purpose, goals, timing, steps, materials, prompts. */
export function PrintHandoutsView({ goals }: Props) {
  const plan = useStore($plan);
  const view = buildAgendaView(plan, goals);
  const sessions = sessionRows(view);
  const inserts = viewInserts(plan, view, goals);
  return (
    <PrintShell
      className="print-handouts"
      plan={plan}
      toolbarNote={
        <span className="hint">
          {sessions.length} {sessions.length === 1 ? 'handout' : 'handouts'}, one per page
        </span>
      }
    >
      {sessions.length === 0 && (
        <EmptyNote>
          There are no sessions yet. <a href={href('agenda/')}>Build the agenda</a> first.
        </EmptyNote>
      )}
      {sessions.map(({ day, row }) => (
        <article key={row.id} className="handout" aria-labelledby={`handout-${row.id}`}>
          <p className="handout-event">{view.title}</p>
          <h2 id={`handout-${row.id}`}>{row.title}</h2>
          <p className="handout-timing">
            {day.heading} · {row.start} – {row.end} ({row.duration}){row.lead && <> · Lead: {row.lead}</>}
          </p>
          {row.purpose && (
            <>
              <h3>Purpose</h3>
              <p>{row.purpose}</p>
            </>
          )}
          <List label="Goals served" items={row.goals} />
          <Inserts inserts={inserts.get(row.id)!} />
          <List label="Steps" items={row.steps} ordered />
          <List label="Materials" items={row.materials} />
          <List label="Discussion prompts" items={row.prompts} />
          {row.notes && (
            <>
              <h3>Facilitator notes</h3>
              <p className="pre-line">{row.notes}</p>
            </>
          )}
          <h3>What we heard</h3>
          <WriteLines count={4} />
        </article>
      ))}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintHandoutsView. */
export default planIsland(PrintHandoutsView);
