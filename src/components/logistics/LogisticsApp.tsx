import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useCallback, useState } from 'react';
import {
  BUDGET_KIND_LABELS,
  budgetTotalCents,
  headcountSentence,
  lineQuantity,
  lineTotalCents,
  money,
} from '../../domain/logistics';
import { needsTotals } from '../../domain/needs';
import { BUDGET_KINDS, type BudgetLine } from '../../domain/plan';
import { href } from '../../lib/paths';
import {
  $autoQuantities,
  $headcount,
  $logistics,
  $people,
  addLine,
  addSuggestedLines,
  setCurrency,
  setTentativeShare,
} from '../../stores/logistics';
import { Field } from '../ui/Field';
import { optionsFrom, Select } from '../ui/Select';
import { planIsland } from '../ui/plan-island';
import { BudgetLineRow } from './BudgetLineRow';
import { NeedsTotalsList } from './NeedsTotalsList';

const KIND_OPTIONS = optionsFrom(BUDGET_KINDS, BUDGET_KIND_LABELS);

/** The logistics list and budget: expected headcount, lines with totals, accommodations, CSV and print. */
export function LogisticsAppView() {
  const logistics = useStore($logistics);
  const count = useStore($headcount);
  const auto = useStore($autoQuantities);
  const invitees = useStore($people);
  const [kind, setKind] = useState<BudgetLine['kind']>('other');
  const [currencyDraft, setCurrencyDraft] = useState<string | null>(null);
  const [currencyError, setCurrencyError] = useState<string>();
  const [status, setStatus] = useState('');
  const announce = useCallback(
    (text: string) => setStatus((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  const total = budgetTotalCents(logistics.lines, auto);

  return (
    <div className="logistics-app">
      <section aria-labelledby="headcount-heading">
        <h2 id="headcount-heading">Expected headcount</h2>
        <div className="field-row">
          <Field label="Tentative people expected to come (%)" hint="Used for food, childcare and stipends.">
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              value={logistics.tentativeSharePercent}
              onChange={(e) => setTentativeShare(Math.round(Number(e.target.value) || 0))}
            />
          </Field>
          <Field label="Currency" hint="Three-letter code, e.g. USD, EUR, MXN." error={currencyError}>
            <input
              type="text"
              maxLength={3}
              autoComplete="off"
              value={currencyDraft ?? logistics.currency}
              onChange={(e) => {
                setCurrencyDraft(e.target.value);
                if (setCurrency(e.target.value)) setCurrencyError(undefined);
              }}
              onBlur={(e) => {
                if (!setCurrency(e.target.value))
                  setCurrencyError(
                    `“${e.target.value}” is not a currency code; the budget stays in ${logistics.currency}.`,
                  );
                setCurrencyDraft(null);
              }}
            />
          </Field>
        </div>
        <p className="headcount" id="headcount-sentence">
          {headcountSentence(count)}
        </p>
      </section>

      <section aria-labelledby="needs-heading">
        <h2 id="needs-heading">What people asked for</h2>
        <p className="hint">
          Everyone who has not declined. Each person’s needs are in their details on{' '}
          <a href={href('invitees/')}>the invitee list</a>.
        </p>
        <NeedsTotalsList totals={needsTotals(invitees)} />
      </section>

      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">Budget</h2>
        {logistics.lines.length === 0 ? (
          <div className="actions">
            <button type="button" onClick={addSuggestedLines}>
              Start from the suggested lines
            </button>
            <span className="hint">
              Room, one line per meal on your agenda, interpretation, childcare, stipends, materials, printing.
            </span>
          </div>
        ) : (
          <div className="table-scroll budget-lines" role="region" aria-labelledby="budget-caption" tabIndex={0}>
            <table className="budget">
              <caption id="budget-caption" className="visually-hidden">
                Budget lines
              </caption>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Quantity</th>
                  <th scope="col">Unit cost</th>
                  <th scope="col">Total</th>
                  <th scope="col">Remove</th>
                </tr>
              </thead>
              <tbody>
                {logistics.lines.map((line) => (
                  <BudgetLineRow
                    key={line.id}
                    line={line}
                    quantity={lineQuantity(line, auto)}
                    totalCents={lineTotalCents(line, auto)}
                    currency={logistics.currency}
                    announce={announce}
                  />
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    Total
                  </th>
                  <td className="money" id="budget-total">
                    {money(total, logistics.currency)}
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        <div className="actions">
          <Select label="Kind of line" labelStyle="inline" value={kind} options={KIND_OPTIONS} onChange={setKind} />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              addLine(kind, BUDGET_KIND_LABELS[kind]);
              announce(`Added a ${BUDGET_KIND_LABELS[kind].toLowerCase()} line.`);
            }}
          >
            Add a line
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void import('../../stores/budget-file')
                .then(({ exportBudget }) => exportBudget('Download the budget as CSV'))
                .then((s) => s.kind !== 'idle' && announce(s.message))
            }
          >
            Download the budget as CSV
          </button>
          <a className="button secondary" href={href('logistics/print/')}>
            Print the logistics list
          </a>
        </div>
        <p role="status" className="status-message">
          {status}
        </p>
      </section>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then LogisticsAppView. */
export default planIsland(LogisticsAppView);
