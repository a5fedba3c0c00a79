import { describe, expect, it } from 'vitest';
import { applyTemplate, itemCount, resizeDays, templateChoices } from '../../src/domain/agenda-templates';
import { createPlan, type Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const { templates } = loadContent();
const twoDay = templates.find((t) => t.id === 'two-day')!;
const oneDay = templates.find((t) => t.id === 'one-day')!;

function counter() {
  let n = 0;
  return () => `id-${(n += 1)}`;
}

function onePlan(): Plan {
  const plan = createPlan({ timeZone: 'UTC', now: new Date('2026-11-23T00:00:00Z') });
  return {
    ...plan,
    days: [{ id: 'd1', date: '2027-03-17', start: '08:30', end: '15:00', actualStart: '', items: [] }],
  };
}

function twoPlan(): Plan {
  const plan = onePlan();
  return {
    ...plan,
    days: [plan.days[0]!, { id: 'd2', date: '2027-03-18', start: '09:00', end: '12:00', actualStart: '', items: [] }],
  };
}

const titles = (plan: Plan) => plan.days.map((day) => day.items.map((i) => i.title));
/** The days without their items: ids, dates and hours. */
const hours = (plan: Plan) => plan.days.map(({ items: _items, actualStart: _actual, ...day }) => day);

describe('starting from a template', () => {
  it('lays the two-day template over a two-day event day by day, with fresh ids', () => {
    const plan = applyTemplate(twoPlan(), twoDay, { dayCount: 2, setTimes: false }, counter());
    expect(titles(plan)).toEqual(twoDay.days.map((day) => day.items.map((i) => i.title)));
    expect(plan.days[0]!.items[0]!.id).toBe('id-1');
    expect(plan.days[1]!.items[0]!.id).toBe(`id-${twoDay.days[0]!.items.length + 1}`);
    expect(hours(plan)).toEqual(hours(twoPlan()));
  });

  it('adds the second day (the day after day 1, same hours) when asked', () => {
    const plan = applyTemplate(onePlan(), twoDay, { dayCount: 2, setTimes: false }, counter());
    expect(hours(plan)).toEqual([
      { id: 'd1', date: '2027-03-17', start: '08:30', end: '15:00' },
      { id: 'id-1', date: '2027-03-18', start: '08:30', end: '15:00' },
    ]);
    expect(itemCount(plan)).toBe(twoDay.days[0]!.items.length + twoDay.days[1]!.items.length);
  });

  it('puts both template days on the one day, in order, when the event stays one day', () => {
    const plan = applyTemplate(onePlan(), twoDay, { dayCount: 1, setTimes: false }, counter());
    expect(plan.days).toHaveLength(1);
    expect(titles(plan)).toEqual([twoDay.days.flatMap((day) => day.items.map((i) => i.title))]);
  });

  it('uses a one-day template for day 1 of a two-day event and leaves day 2 empty', () => {
    const plan = applyTemplate(twoPlan(), oneDay, { dayCount: 2, setTimes: false }, counter());
    expect(titles(plan)).toEqual([oneDay.days[0]!.items.map((i) => i.title), []]);
  });

  it('makes a two-day event one day with the one-day template when asked', () => {
    const plan = applyTemplate(twoPlan(), oneDay, { dayCount: 1, setTimes: true }, counter());
    expect(hours(plan)).toEqual([{ id: 'd1', date: '2027-03-17', start: '09:00', end: '16:00' }]);
    expect(plan.days).toHaveLength(1);
  });

  it("sets each day's times to the template's when asked", () => {
    const plan = applyTemplate(twoPlan(), twoDay, { dayCount: 2, setTimes: true }, counter());
    expect(plan.days.map((d) => [d.start, d.end])).toEqual([
      ['10:00', '16:00'],
      ['09:00', '14:30'],
    ]);
  });

  it('empties every day for a blank start and keeps the days', () => {
    const filled = applyTemplate(twoPlan(), twoDay, { dayCount: 2, setTimes: false }, counter());
    const blank = applyTemplate(filled, null, { dayCount: 2, setTimes: true });
    expect(blank.days.map((day) => day.items)).toEqual([[], []]);
    expect(hours(blank)).toEqual(hours(filled));
    expect(blank.event).toBe(filled.event);
  });

  it('offers one choice when the days match and two when they do not', () => {
    expect(templateChoices(2, twoDay, false)).toEqual([
      { options: { dayCount: 2, setTimes: false }, label: 'Use this agenda' },
    ]);
    expect(templateChoices(1, twoDay, true)).toEqual([
      { options: { dayCount: 2, setTimes: true }, label: 'Add a second day and use both days' },
      { options: { dayCount: 1, setTimes: true }, label: 'Put everything on the one day' },
    ]);
    expect(templateChoices(2, oneDay, false)).toEqual([
      { options: { dayCount: 2, setTimes: false }, label: 'Use it for day 1, leave day 2 empty' },
      { options: { dayCount: 1, setTimes: false }, label: 'Make it a one-day event' },
    ]);
  });

  it('keeps an existing second day when resizing to two days', () => {
    const days = twoPlan().days;
    expect(resizeDays(days, 2)).toEqual(days);
    expect(resizeDays(days, 1)).toEqual([days[0]]);
  });
});
