import { memo } from 'react';
import { AUTO_KINDS, BUDGET_KIND_LABELS, money } from '../../domain/logistics';
import type { BudgetLine } from '../../domain/plan';
import { removeLine, updateLine } from '../../stores/logistics';

interface Props {
  line: BudgetLine;
  quantity: number;
  totalCents: number;
  currency: string;
  announce: (text: string) => void;
}

/** A number typed in a field; empty or not a number reads as 0, the schema's limits clamp it. */
const number = (text: string, max: number) => Math.min(max, Math.max(0, Number(text) || 0));

/** One budget line: label, quantity (typed or following the plan), unit cost and total. */
export const BudgetLineRow = memo(function BudgetLineRow({ line, quantity, totalCents, currency, announce }: Props) {
  const name = line.label || BUDGET_KIND_LABELS[line.kind];
  const canAuto = AUTO_KINDS.includes(line.kind);
  return (
    <tr data-line={line.kind}>
      <td>
        <span className="kind">{BUDGET_KIND_LABELS[line.kind]}</span>
        <input
          type="text"
          aria-label={`Item, ${BUDGET_KIND_LABELS[line.kind]}`}
          value={line.label}
          maxLength={200}
          onChange={(e) => updateLine(line.id, { label: e.target.value })}
        />
      </td>
      <td>
        {line.auto && canAuto ? (
          <output aria-label={`Quantity of ${name}`}>{quantity}</output>
        ) : (
          <input
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            aria-label={`Quantity of ${name}`}
            value={line.quantity}
            onChange={(e) => updateLine(line.id, { quantity: number(e.target.value, 1000000) })}
          />
        )}
        {canAuto && (
          <label className="check small">
            <input
              type="checkbox"
              checked={line.auto}
              onChange={(e) => updateLine(line.id, { auto: e.target.checked, quantity: quantity })}
            />
            <span>
              Follows the plan<span className="visually-hidden"> ({name})</span>
            </span>
          </label>
        )}
      </td>
      <td>
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          aria-label={`Unit cost of ${name} (${currency})`}
          value={line.unitCost}
          onChange={(e) => updateLine(line.id, { unitCost: number(e.target.value, 10000000) })}
        />
      </td>
      <td className="money">{money(totalCents, currency)}</td>
      <td>
        <button
          type="button"
          className="danger small"
          onClick={() => {
            removeLine(line.id);
            announce(`Removed ${name}. Undo brings it back.`);
          }}
        >
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </td>
    </tr>
  );
});
