import { memo } from 'react';
import { findItem, quotedTitle, type Agenda } from '../../domain/agenda-edit';
import type { AgendaFinding } from '../../domain/agenda-checks';
import { focusSoon, ids } from './focus';

interface Props {
  findings: readonly AgendaFinding[];
  days: Agenda;
}

function targetLabel(finding: AgendaFinding, days: Agenda): { text: string; id: string } {
  const { dayIndex, itemId } = finding.target;
  if (itemId) {
    const at = findItem(days, itemId);
    const item = at ? days[at.dayIndex]!.items[at.index] : undefined;
    return { text: `Go to ${quotedTitle(item)}`, id: ids.summary(itemId) };
  }
  return { text: `Add an item to day ${dayIndex + 1}`, id: ids.add(dayIndex) };
}

/** The toolkit's tips as checks on the agenda, each with a button to the item or day it is about. */
export const AgendaChecks = memo(function AgendaChecks({ findings, days }: Props) {
  const empty = days.every((day) => day.items.length === 0);
  return (
    <section className="agenda-checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Checks</h2>
      <p className="hint" id="checks-count">
        {empty
          ? 'Add items or start from a template to see the toolkit’s checks.'
          : findings.length === 0
            ? 'All clear: the agenda follows the toolkit’s tips.'
            : `${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to look at.`}
      </p>
      {findings.length > 0 && (
        <ul className="check-list">
          {findings.map((finding) => {
            const target = targetLabel(finding, days);
            return (
              <li key={finding.key} className="notice warn" data-check={finding.check}>
                <p className="check-message">{finding.message}</p>
                <p className="check-why">
                  <span className="check-tip">Toolkit tip: {finding.tip}</span> {finding.why}
                </p>
                <button type="button" className="secondary small" onClick={() => focusSoon(target.id)}>
                  {target.text}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
