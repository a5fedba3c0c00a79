/**
 * Logistics and budget: the expected headcount (accepted plus a share of tentative), the
 * quantities that follow it, line totals and the grand total. Money is summed in cents so
 * 0.1 + 0.2 never shows as 0.30000000000000004.
 */
import type { BudgetLine, Invitee, Logistics, Plan } from './plan';

export const BUDGET_KIND_LABELS: Record<BudgetLine['kind'], string> = {
  room: 'Room',
  food: 'Food',
  interpretation: 'Interpretation',
  childcare: 'Childcare',
  stipend: 'Stipends',
  materials: 'Materials',
  printing: 'Printing',
  other: 'Other',
};

/** The people expected to come: everyone accepted plus a share of the tentative, rounded up. */
export interface Headcount {
  accepted: number;
  tentative: number;
  sharePercent: number;
  expected: number;
}

type Person = Pick<Invitee, 'status' | 'needs'>;

/** Sums `weight` over accepted people plus `sharePercent` of it over tentative ones, rounded up. */
function expectedSum(invitees: readonly Person[], sharePercent: number, weight: (p: Person) => number): number {
  let accepted = 0;
  let tentative = 0;
  for (const person of invitees) {
    if (person.status === 'accepted') accepted += weight(person);
    else if (person.status === 'tentative') tentative += weight(person);
  }
  // Integer percent arithmetic: 3 × 50 / 100 is exactly 1.5, rounded up to 2.
  return accepted + Math.ceil((tentative * sharePercent) / 100);
}

/** The expected headcount from the RSVPs and the tentative share. */
export function headcount(invitees: readonly Person[], sharePercent: number): Headcount {
  const accepted = invitees.filter((p) => p.status === 'accepted').length;
  const tentative = invitees.filter((p) => p.status === 'tentative').length;
  return { accepted, tentative, sharePercent, expected: expectedSum(invitees, sharePercent, () => 1) };
}

/** The headcount as a sentence: `12 accepted + 50% of 4 tentative = 14 expected.` */
export function headcountSentence(count: Headcount): string {
  return `${count.accepted} accepted + ${count.sharePercent}% of ${count.tentative} tentative = ${count.expected} expected.`;
}

/** Quantities an automatic line takes, by kind, for the current plan. */
export interface AutoQuantities {
  /** Expected people, for each meal line. */
  food: number;
  /** Children of expected attendees. */
  childcare: number;
  /** Languages interpretation is asked for by people who accepted or may come. */
  interpretation: number;
  /** Expected attendees who asked for a stipend. */
  stipend: number;
}

/** The automatic quantities from the invitees and the tentative share. */
export function autoQuantities(invitees: readonly Person[], sharePercent: number): AutoQuantities {
  const languages = new Set(
    invitees
      .filter((p) => p.status === 'accepted' || p.status === 'tentative')
      .map((p) => p.needs.interpretation.trim().toLowerCase())
      .filter(Boolean),
  );
  return {
    food: expectedSum(invitees, sharePercent, () => 1),
    childcare: expectedSum(invitees, sharePercent, (p) => p.needs.childcare),
    interpretation: languages.size,
    stipend: expectedSum(invitees, sharePercent, (p) => (p.needs.stipend ? 1 : 0)),
  };
}

/** Kinds whose quantity can follow the plan; the others are always typed. */
export const AUTO_KINDS: readonly BudgetLine['kind'][] = ['food', 'childcare', 'interpretation', 'stipend'];

/** Whether a line's quantity follows the plan (an automatic line of a kind that can). */
export function isAuto(line: Pick<BudgetLine, 'kind' | 'auto'>): line is BudgetLine & { kind: keyof AutoQuantities } {
  return line.auto && AUTO_KINDS.includes(line.kind);
}

/** The quantity a line uses: the automatic one, or the one typed. */
export function lineQuantity(line: BudgetLine, auto: AutoQuantities): number {
  return isAuto(line) ? auto[line.kind] : line.quantity;
}

const cents = (amount: number) => Math.round(amount * 100);

/** A line's total in cents (quantity × unit cost, rounded to the cent). */
export function lineTotalCents(line: BudgetLine, auto: AutoQuantities): number {
  return Math.round(lineQuantity(line, auto) * cents(line.unitCost));
}

/** The budget's total in cents. */
export function budgetTotalCents(lines: readonly BudgetLine[], auto: AutoQuantities): number {
  return lines.reduce((sum, line) => sum + lineTotalCents(line, auto), 0);
}

/** An amount in cents as money in `currency`, e.g. `$1,234.50` (en-US). Unknown codes show as `1,234.50 XYZ`. */
export function money(amountCents: number, currency: string, locale = 'en-US'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountCents / 100);
  } catch {
    return `${(amountCents / 100).toFixed(2)} ${currency}`;
  }
}

/**
 * Suggested lines for an empty budget: the room, one food line per meal on the agenda (or one
 * "Food" line when the agenda has none), interpretation, childcare, stipends, materials and
 * printing. Food, interpretation, childcare and stipends follow the plan (auto).
 */
export function suggestedLines(plan: Pick<Plan, 'days'>, newId: () => string): BudgetLine[] {
  const line = (kind: BudgetLine['kind'], label: string, auto = false): BudgetLine => ({
    id: newId(),
    kind,
    label,
    auto,
    quantity: auto ? 0 : 1,
    unitCost: 0,
    notes: '',
  });
  const twoDays = plan.days.length > 1;
  const meals = plan.days.flatMap((day, d) =>
    day.items
      .filter((item) => item.kind === 'meal')
      .map((item) => line('food', twoDays ? `${item.title || 'Meal'} (day ${d + 1})` : item.title || 'Meal', true)),
  );
  return [
    line('room', 'Room'),
    ...(meals.length > 0 ? meals : [line('food', 'Food', true)]),
    line('interpretation', 'Interpretation', true),
    line('childcare', 'Childcare', true),
    line('stipend', 'Stipends', true),
    line('materials', 'Materials'),
    line('printing', 'Printing'),
  ];
}

/** Logistics with a line changed; the same object when nothing changed. */
export function withLine(logistics: Logistics, id: string, patch: Partial<Omit<BudgetLine, 'id'>>): Logistics {
  let changed = false;
  const lines = logistics.lines.map((line) => {
    if (line.id !== id) return line;
    const next = { ...line, ...patch };
    if ((Object.keys(patch) as (keyof typeof patch)[]).every((k) => next[k] === line[k])) return line;
    changed = true;
    return next;
  });
  return changed ? { ...logistics, lines } : logistics;
}
