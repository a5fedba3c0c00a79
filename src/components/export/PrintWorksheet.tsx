import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { GoalContent, SheetLabels } from '../../domain/content-schemas';
import type { SheetLabelSet } from '../../domain/sheet-language';
import { eventHeadingView } from '../../export/agenda-view';
import { worksheetRows, type WorksheetRow } from '../../export/print-data';
import { $plan } from '../../stores/plan';
import { currentSheetLang } from '../../stores/sheet-lang';
import { PrintShell } from './PrintShell';
import { planIsland } from '../ui/plan-island';

function Rows({ id, title, rows, words }: { id: string; title: string; rows: WorksheetRow[]; words: SheetLabels }) {
  const es = words.lang === 'es';
  return (
    <section className="worksheet-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="worksheet-table">
        <thead>
          <tr>
            <th scope="col">{words.kind}</th>
            <th scope="col">{words.knownAlready}</th>
            <th scope="col">{words.addedInRoom}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kind, notes }) => {
            const examples = es ? kind.examplesEs : kind.examples;
            return (
              <tr key={kind.id}>
                <th scope="row">
                  {es ? kind.labelEs : kind.label}
                  {examples.length > 0 && (
                    <span className="examples">
                      {words.forExample} {examples.join(', ')}
                    </span>
                  )}
                </th>
                {/* Notes are the convener's, as typed: in no known language on a translated sheet. */}
                <td className="pre-line" lang={es ? '' : undefined}>
                  {notes}
                </td>
                <td />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The asset worksheet: community assets and sources of support, with notes and room to add (English or `?lang=es`). */
export function PrintWorksheetView({ goals, labels }: { goals: GoalContent[]; labels: SheetLabelSet }) {
  const plan = useStore($plan);
  const { assets, support } = worksheetRows(plan.goals, goals);
  const words = labels[currentSheetLang()];
  return (
    <PrintShell
      className="print-worksheet"
      plan={plan}
      heading={eventHeadingView(plan)}
      sheet={{ labels: words, title: words.worksheetTitle }}
    >
      <Rows id="ws-assets" title={words.assetsHeading} rows={assets} words={words} />
      <Rows id="ws-support" title={words.supportHeading} rows={support} words={words} />
    </PrintShell>
  );
}

/** The island: the page's frame until the saved plan is read, then PrintWorksheetView. */
export default planIsland(PrintWorksheetView);
