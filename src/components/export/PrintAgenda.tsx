import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent } from '../../domain/content-schemas';
import { clockText, dayHeading, sheetGoals, venueTimesIn, type SheetLabelSet } from '../../domain/sheet-language';
import { buildAgendaView, type AgendaRowView } from '../../export/agenda-view';
import { $plan } from '../../stores/plan';
import { currentSheetLang } from '../../stores/sheet-lang';
import { href } from '../../lib/paths';
import { EmptyNote, Typed } from './PrintParts';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

interface Props {
  goals: GoalContent[];
  version: 'participant' | 'facilitator';
  /** The sheets' words per language; the participant version is printed in Spanish with `?lang=es`. */
  labels: SheetLabelSet;
}

function Details({ row }: { row: AgendaRowView }) {
  return (
    <div className="item-details">
      {row.goals.length > 0 && (
        <p>
          <strong>Goals served:</strong> {row.goals.join('; ')}
        </p>
      )}
      {row.purpose && (
        <p>
          <strong>Purpose:</strong> {row.purpose}
        </p>
      )}
      {row.notes && (
        <p className="pre-line">
          <strong>Notes:</strong> {row.notes}
        </p>
      )}
      {row.materials.length > 0 && (
        <p>
          <strong>Materials:</strong> {row.materials.join('; ')}
        </p>
      )}
      {row.prompts.length > 0 && (
        <>
          <p>
            <strong>Prompts:</strong>
          </p>
          <ul>
            {row.prompts.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The printable agenda: the participant version, or the facilitator version with details. */
export function PrintAgendaView({ goals, version, labels }: Props) {
  const plan = useStore($plan);
  const view = buildAgendaView(plan, goals);
  const facilitator = version === 'facilitator';
  // The facilitator version is the convener's working sheet: English, like the planner.
  const lang = facilitator ? 'en' : currentSheetLang();
  const words = labels[lang];
  const goalList = sheetGoals(plan.goals, goals, lang);
  const empty = view.days.every((d) => d.rows.length === 0);
  return (
    <PrintShell
      className={`print-agenda ${version}`}
      plan={plan}
      heading={view}
      sheet={facilitator ? undefined : { labels: words, title: words.agendaTitle }}
    >
      <p className="print-meta">{venueTimesIn(view.timeZone, words)}</p>
      {goalList.length > 0 && (
        <section className="print-goals" aria-labelledby="print-goals-heading">
          <h2 id="print-goals-heading">{words.goalsHeading}</h2>
          <ol>
            {goalList.map((goal) => (
              <li key={goal.id}>{goal.custom ? <Typed text={goal.title} sheetLang={lang} /> : goal.title}</li>
            ))}
          </ol>
        </section>
      )}
      {empty && (
        <EmptyNote lang={lang === 'en' ? undefined : 'en'}>
          The agenda has no items yet. <a href={href('agenda/')}>Build the agenda</a> first.
        </EmptyNote>
      )}
      {view.days.map((day) => (
        <section key={day.id} className="print-day" aria-labelledby={`day-${day.number}`}>
          {/* A day printed on its own page still says which event it belongs to. */}
          {day.number > 1 && <p className="day-event print-only">{view.title}</p>}
          <h2 id={`day-${day.number}`}>{dayHeading(day.number, day.date, words)}</h2>
          {day.rows.length > 0 && (
            <table className="agenda-table">
              <thead>
                <tr>
                  <th scope="col" className="col-time">
                    {words.time}
                  </th>
                  <th scope="col">{facilitator ? 'Item and facilitation' : words.item}</th>
                  {facilitator && (
                    <th scope="col" className="col-lead">
                      Lead
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {day.rows.map((row) => (
                  <tr key={row.id} className={`kind-${row.kind}`}>
                    <th scope="row" className="col-time">
                      {clockText(row.startMinutes, words)} – {clockText(row.endMinutes, words)}
                    </th>
                    <td>
                      <span className="item-title" lang={lang === 'en' ? undefined : ''}>
                        {row.title}
                      </span>
                      {facilitator && (
                        <span className="item-duration">
                          {' '}
                          · {row.duration}
                          {row.kind !== 'session' && `, ${row.kindLabel.toLowerCase()}`}
                        </span>
                      )}
                      {facilitator && <Details row={row} />}
                    </td>
                    {facilitator && <td className="col-lead">{row.lead}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintAgendaView. */
export default planIsland(PrintAgendaView);
