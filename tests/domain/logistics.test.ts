import { describe, expect, it } from 'vitest';
import {
  autoQuantities,
  budgetTotalCents,
  headcount,
  headcountSentence,
  lineQuantity,
  lineTotalCents,
  money,
  suggestedLines,
  withLine,
} from '../../src/domain/logistics';
import type { BudgetLine, InviteeNeeds, InviteeStatus } from '../../src/domain/plan';
import { createPlan } from '../../src/domain/plan';
import { blankItem } from '../../src/domain/agenda-edit';
import { V3_PERSON } from '../helpers/person';

const p = (status: InviteeStatus, needs: Partial<InviteeNeeds> = {}) => ({
  status,
  needs: { ...V3_PERSON.needs, ...needs },
});
const people = [
  p('accepted', { childcare: 2, stipend: true, interpretation: 'Spanish' }),
  p('accepted'),
  p('tentative', { childcare: 1, interpretation: 'spanish', stipend: true }),
  p('tentative', { interpretation: 'Vietnamese' }),
  p('tentative'),
  p('declined', { childcare: 4, interpretation: 'Somali' }),
  p('invited'),
];
const line = (over: Partial<BudgetLine>): BudgetLine => ({
  id: 'l',
  kind: 'other',
  label: '',
  auto: false,
  quantity: 1,
  unitCost: 0,
  notes: '',
  ...over,
});

describe('the expected headcount', () => {
  it('is the accepted plus the tentative share, rounded up, and reads as a sentence', () => {
    const count = headcount(people, 50);
    expect(count).toEqual({ accepted: 2, tentative: 3, sharePercent: 50, expected: 4 });
    expect(headcountSentence(count)).toBe('2 accepted + 50% of 3 tentative = 4 expected.');
  });

  it('gives the automatic quantities for food, childcare, interpretation and stipends', () => {
    expect(autoQuantities(people, 50)).toEqual({ food: 4, childcare: 3, interpretation: 2, stipend: 2 });
    expect(autoQuantities(people, 0)).toEqual({ food: 2, childcare: 2, interpretation: 2, stipend: 1 });
  });
});

describe('budget lines', () => {
  const auto = { food: 40, childcare: 3, interpretation: 1, stipend: 5 };
  it('use the automatic quantity only for automatic lines of a kind that has one', () => {
    expect(lineQuantity(line({ kind: 'food', auto: true, quantity: 9 }), auto)).toBe(40);
    expect(lineQuantity(line({ kind: 'food', auto: false, quantity: 9 }), auto)).toBe(9);
    expect(lineQuantity(line({ kind: 'room', auto: true, quantity: 2 }), auto)).toBe(2);
  });

  it('total to the cent without floating-point drift', () => {
    const lines = [line({ quantity: 3, unitCost: 0.1 }), line({ kind: 'food', auto: true, unitCost: 12.35 })];
    expect(lines.map((l) => lineTotalCents(l, auto))).toEqual([30, 49400]);
    expect(budgetTotalCents(lines, auto)).toBe(49430);
    expect(money(49430, 'USD')).toBe('$494.30');
    expect(money(49430, 'EUR', 'en-US')).toBe('€494.30');
  });

  it('are suggested with one food line per meal on the agenda', () => {
    const plan = createPlan({ timeZone: 'UTC' });
    const day = {
      ...plan.days[0]!,
      items: [{ ...blankItem('m'), kind: 'meal' as const, title: 'Lunch' }, blankItem('s')],
    };
    let n = 0;
    const lines = suggestedLines({ days: [day] }, () => `id${(n += 1)}`);
    expect(lines.map((l) => [l.kind, l.label, l.auto, l.quantity])).toEqual([
      ['room', 'Room', false, 1],
      ['food', 'Lunch', true, 0],
      ['interpretation', 'Interpretation', true, 0],
      ['childcare', 'Childcare', true, 0],
      ['stipend', 'Stipends', true, 0],
      ['materials', 'Materials', false, 1],
      ['printing', 'Printing', false, 1],
    ]);
  });

  it('change one line and return the same logistics when nothing changed', () => {
    const logistics = { currency: 'USD', tentativeSharePercent: 50, lines: [line({ id: 'a' }), line({ id: 'b' })] };
    expect(withLine(logistics, 'a', { quantity: 1 })).toBe(logistics);
    expect(withLine(logistics, 'b', { unitCost: 5 }).lines.map((l) => l.unitCost)).toEqual([0, 5]);
  });
});
