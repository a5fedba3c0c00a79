import { describe, expect, it } from 'vitest';
import { runAgendaChecks, type AgendaFinding } from '../../src/domain/agenda-checks';
import { blankItem } from '../../src/domain/agenda-edit';
import { applyTemplate } from '../../src/domain/agenda-templates';
import { createPlan, type AgendaItem, type Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const content = loadContent();
const toolkit = { checks: content.checks, goals: content.goals };

const item = (id: string, minutes: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  ...blankItem(id),
  title: id,
  minutes,
  ...extra,
});

/** Items that pass every check on a 09:00–16:00 day; each test breaks one thing. */
const goodDay = (): AgendaItem[] => [
  item('Welcome', 15, { goals: ['build-relationships'] }),
  item('Introductions', 45, { tags: ['introductions'], goals: ['identify-assets'] }),
  item('Data walk', 60, { tags: ['prework'], goals: ['align-needs'] }),
  item('Lunch', 60, { kind: 'meal' }),
  item('Connect', 30, { kind: 'networking', tags: ['connect'] }),
  item('Goal-setting', 90, { goals: ['set-goals'] }),
  item('Break', 15, { kind: 'break' }),
  item('Next steps', 60, { goals: ['high-level-plan'] }),
];

function plan(items: AgendaItem[], change: (p: Plan) => Plan = (p) => p): Plan {
  const base = createPlan({ timeZone: 'UTC', now: new Date('2026-11-23T00:00:00Z') });
  return change({
    ...base,
    event: { ...base.event, preWork: true },
    days: [{ id: 'd1', date: '2027-03-17', start: '09:00', end: '16:00', actualStart: '', items }],
    goals: { ...base.goals, selected: ['align-needs', 'set-goals'] },
  });
}

const found = (p: Plan) => runAgendaChecks(p, toolkit);
const summary = (findings: AgendaFinding[]) => findings.map((f) => [f.check, f.message, f.target]);
const tipOf = (id: string) => content.checks.find((c) => c.id === id)!;

describe('agenda checks', () => {
  it('find nothing in an agenda that follows every tip', () => {
    expect(found(plan(goodDay()))).toEqual([]);
  });

  it('find nothing to say about an empty agenda', () => {
    expect(found(plan([]))).toEqual([]);
  });

  it('flag a stretch over two hours without a break, naming its first and last items', () => {
    // Welcome, Introductions and Data walk run exactly 2 h before lunch: fine.
    expect(found(plan(goodDay())).filter((f) => f.check === 'long-stretch')).toEqual([]);
    const longer = goodDay().map((i) => (i.title === 'Data walk' ? { ...i, minutes: 61 } : i));
    const result = found(plan(longer));
    expect(summary(result)).toEqual([
      [
        'long-stretch',
        'Day 1 runs 2 h 1 min without a break, from 9:00 AM (“Welcome”) to 11:01 AM (“Data walk”). Keep stretches to 2 h or less.',
        { dayIndex: 0, itemId: 'Welcome' },
      ],
    ]);
    expect(result[0]).toMatchObject({ tip: tipOf('long-stretch').tip, why: tipOf('long-stretch').why });
  });

  it('count networking time as a pause but not a session', () => {
    const items = [item('A', 90), item('Mingle', 15, { kind: 'networking' }), item('B', 90)];
    expect(found(plan(items)).filter((f) => f.check === 'long-stretch')).toEqual([]);
    const noPause = [item('A', 90), item('Mingle', 15), item('B', 90)];
    expect(summary(found(plan(noPause)).filter((f) => f.check === 'long-stretch'))).toEqual([
      [
        'long-stretch',
        'Day 1 runs 3 h 15 min without a break, from 9:00 AM (“A”) to 12:15 PM (“B”). Keep stretches to 2 h or less.',
        { dayIndex: 0, itemId: 'A' },
      ],
    ]);
  });

  it('flag introductions shorter than the minimum, and a missing introductions item', () => {
    const short = goodDay().map((i) => (i.title === 'Introductions' ? { ...i, minutes: 20 } : i));
    expect(summary(found(plan(short)))).toEqual([
      [
        'short-introductions',
        'Introductions get 20 min (“Introductions”); plan at least 30 min.',
        { dayIndex: 0, itemId: 'Introductions' },
      ],
    ]);
    const none = goodDay().map((i) => (i.title === 'Introductions' ? { ...i, tags: [] } : i));
    expect(summary(found(plan(none)))).toEqual([
      [
        'short-introductions',
        'No item is marked as introductions. Plan at least 30 min for them early on day 1.',
        { dayIndex: 0, itemId: null },
      ],
    ]);
  });

  it('flag introductions that do not stand at the beginning of the event', () => {
    const [welcome, intros, dataWalk, ...rest] = goodDay();
    // Welcome and a 45-minute data walk first: introductions start 1 h into the day, still fine.
    const withinHour = [welcome!, { ...dataWalk!, minutes: 45 }, intros!, ...rest];
    expect(found(plan(withinHour)).filter((f) => f.check === 'short-introductions')).toEqual([]);
    const late = [welcome!, dataWalk!, intros!, ...rest];
    const result = found(plan(late)).filter((f) => f.check === 'short-introductions');
    expect(summary(result)).toEqual([
      [
        'short-introductions',
        'Introductions (“Introductions”) start at 10:15 AM, 1 h 15 min into day 1. Hold them at the beginning: start them within 1 h of the start of day 1.',
        { dayIndex: 0, itemId: 'Introductions' },
      ],
    ]);
    expect(result[0]!.tip).toBe('Leave ample time for introductions at the beginning of your event.');
    const onDayTwo = plan(
      goodDay().filter((i) => i !== goodDay()[1] && i.title !== 'Introductions'),
      (p) => ({
        ...p,
        days: [
          ...p.days,
          { id: 'd2', date: '2027-03-18', start: '09:00', end: '12:00', actualStart: '', items: [intros!] },
        ],
      }),
    );
    expect(summary(found(onDayTwo).filter((f) => f.check === 'short-introductions'))).toEqual([
      [
        'short-introductions',
        'Introductions (“Introductions”) are first on Day 2. Hold them at the beginning: start them within 1 h of the start of day 1.',
        { dayIndex: 1, itemId: 'Introductions' },
      ],
    ]);
  });

  it('flag an agenda with no networking or social time', () => {
    const items = goodDay().map((i) => (i.title === 'Connect' ? { ...i, kind: 'session' as const } : i));
    expect(summary(found(plan(items)))).toEqual([
      ['no-networking', 'No item is informal networking or social time.', { dayIndex: 0, itemId: null }],
    ]);
  });

  it('flag an agenda with no connect conversations', () => {
    const items = goodDay().map((i) => (i.title === 'Connect' ? { ...i, tags: [] } : i));
    expect(summary(found(plan(items)))).toEqual([
      ['no-connect', 'No item is marked as connect conversations.', { dayIndex: 0, itemId: null }],
    ]);
  });

  it('flag each chosen goal that no item serves, own goals included', () => {
    const withOwn = (p: Plan): Plan => ({
      ...p,
      goals: {
        ...p.goals,
        selected: ['align-needs', 'set-goals', 'own-1'],
        custom: [{ id: 'own-1', title: 'Recruit 50 tutors', description: '' }],
      },
    });
    const items = goodDay().map((i) => (i.title === 'Data walk' ? { ...i, goals: [] } : i));
    expect(summary(found(plan(items, withOwn)))).toEqual([
      ['goal-unserved', 'No item serves the goal “Align on Student & Community Needs”.', { dayIndex: 0, itemId: null }],
      ['goal-unserved', 'No item serves the goal “Recruit 50 tutors”.', { dayIndex: 0, itemId: null }],
    ]);
  });

  it('flag a day that runs past its planned end, naming the first item past it', () => {
    const late = (p: Plan): Plan => ({
      ...p,
      days: [{ ...p.days[0]!, end: '14:30' }],
    });
    expect(summary(found(plan(goodDay(), late)))).toEqual([
      [
        'runs-over',
        'Day 1 ends at 3:15 PM, 45 min after its planned end of 2:30 PM. “Next steps” is the first item to run past it.',
        { dayIndex: 0, itemId: 'Next steps' },
      ],
    ]);
  });

  it('flag pre-work that no item uses, and stay quiet without pre-work', () => {
    const items = goodDay().map((i) => (i.title === 'Data walk' ? { ...i, tags: [] } : i));
    expect(summary(found(plan(items)))).toEqual([
      [
        'prework-unused',
        'Participants get pre-work, but no item is marked as using it.',
        { dayIndex: 0, itemId: null },
      ],
    ]);
    const noPrework = (p: Plan): Plan => ({ ...p, event: { ...p.event, preWork: false } });
    expect(found(plan(items, noPrework))).toEqual([]);
  });

  it('check each day of a two-day agenda on its own times', () => {
    const twoDays = (p: Plan): Plan => ({
      ...p,
      days: [
        ...p.days,
        { id: 'd2', date: '2027-03-18', start: '13:00', end: '14:00', actualStart: '', items: [item('Wrap-up', 90)] },
      ],
    });
    expect(summary(found(plan(goodDay(), twoDays)))).toEqual([
      [
        'runs-over',
        'Day 2 ends at 2:30 PM, 30 min after its planned end of 2:00 PM. “Wrap-up” is the first item to run past it.',
        { dayIndex: 1, itemId: 'Wrap-up' },
      ],
    ]);
  });

  it('run only the checks the content lists, with thresholds from the content', () => {
    const stricter = {
      goals: content.goals,
      checks: [{ ...tipOf('long-stretch'), minutes: 60 }],
    };
    expect(runAgendaChecks(plan(goodDay()), stricter).map((f) => f.message)).toEqual([
      'Day 1 runs 2 h without a break, from 9:00 AM (“Welcome”) to 11:00 AM (“Data walk”). Keep stretches to 1 h or less.',
      'Day 1 runs 1 h 30 min without a break, from 12:30 PM (“Goal-setting”) to 2:00 PM (“Goal-setting”). Keep stretches to 1 h or less.',
    ]);
  });

  it('raise only the networking and connect checks on the two-day template at its own times', () => {
    const base = plan([], (p) => ({
      ...p,
      goals: { ...p.goals, selected: ['align-needs', 'set-goals', 'high-level-plan'] },
    }));
    const twoDay = content.templates.find((t) => t.id === 'two-day')!;
    const filled = applyTemplate(base, twoDay, { dayCount: 2, setTimes: true });
    expect(found(filled).map((f) => f.check)).toEqual(['no-networking', 'no-connect']);
  });
});
