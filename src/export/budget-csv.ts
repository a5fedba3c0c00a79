/** The logistics budget as CSV (loaded on demand): one row per line, then the total. */
import {
  autoQuantities,
  BUDGET_KIND_LABELS,
  budgetTotalCents,
  headcount,
  headcountSentence,
  lineQuantity,
  lineTotalCents,
} from '../domain/logistics';
import type { Plan } from '../domain/plan';
import { toCsv } from './csv';

export const BUDGET_HEADERS = [
  'Kind',
  'Item',
  'Quantity',
  'Automatic',
  'Unit cost',
  'Total',
  'Currency',
  'Notes',
] as const;

const amount = (cents: number) => (cents / 100).toFixed(2);

/** Plain numbers (two decimals, no currency sign) so a spreadsheet can sum them. */
export function budgetCsv(plan: Plan): string {
  const { logistics, invitees } = plan;
  const auto = autoQuantities(invitees, logistics.tentativeSharePercent);
  const rows: string[][] = [[...BUDGET_HEADERS]];
  for (const line of logistics.lines) {
    rows.push([
      BUDGET_KIND_LABELS[line.kind],
      line.label,
      String(lineQuantity(line, auto)),
      line.auto ? 'Yes' : 'No',
      amount(Math.round(line.unitCost * 100)),
      amount(lineTotalCents(line, auto)),
      logistics.currency,
      line.notes,
    ]);
  }
  rows.push(['Total', '', '', '', '', amount(budgetTotalCents(logistics.lines, auto)), logistics.currency, '']);
  rows.push([
    'Expected headcount',
    headcountSentence(headcount(invitees, logistics.tentativeSharePercent)),
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  return toCsv(rows);
}
