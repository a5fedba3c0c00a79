import { startingChecklist } from '../../src/domain/checklist';
import { loadContent } from '../helpers/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, type Plan } from '../../src/domain/plan';
import { $saveStatus, initPersistence, stopPersistence } from '../../src/stores/persistence';
import {
  $savedPlans,
  bringBackPlan,
  deletePlan,
  duplicatePlan,
  openPlanFromFile,
  openSavedPlan,
  refreshPlans,
  startNewPlan,
} from '../../src/stores/plan-list';
import { PlanRepository } from '../../src/stores/plan-repository';
import { $plan, replacePlan, setEventField } from '../../src/stores/plan';
import { FakeBus, FakeKeyValueStore, FakePage } from '../helpers/fake-kv';
import { FakeStorage } from '../helpers/fake-storage';

let kv: FakeKeyValueStore;
let clock: Date;

function plan(id: string, title: string, date = ''): Plan {
  const p = createPlan({ timeZone: 'UTC', now: new Date('2026-01-01T00:00:00Z') });
  return {
    ...p,
    id,
    event: { ...p.event, title },
    days: [{ id: 'day-1', date, start: '09:00', end: '16:00', actualStart: '', items: [] }],
  };
}

async function store(p: Plan, at: string): Promise<void> {
  await new PlanRepository(kv, () => new Date(at)).save(p, 1);
}

const listed = () => $savedPlans.get()?.map((m) => `${m.title}${m.deletedAt ? ' (deleted)' : ''}`);

beforeEach(async () => {
  vi.useFakeTimers();
  kv = new FakeKeyValueStore();
  clock = new Date('2026-11-23T10:00:00Z');
  replacePlan(createPlan({ timeZone: 'UTC' }));
  $savedPlans.set(null);
  await store(plan('spring', 'Spring', '2027-03-17'), '2026-11-01T10:00:00.000Z');
  await store(plan('fall', 'Fall', '2027-10-06'), '2026-11-02T10:00:00.000Z');
  kv.data.set('open', 'fall');
  await initPersistence({
    kv: Promise.resolve(kv),
    local: new FakeStorage(),
    session: new FakeStorage(),
    page: new FakePage(),
    channel: new FakeBus().channel(),
    now: () => clock,
    newPlanTasks: () => Promise.resolve(startingChecklist(loadContent().checklist)),
  }).loaded;
});

afterEach(() => {
  stopPersistence();
  vi.useRealTimers();
});

describe('the list of saved plans', () => {
  it('lists every saved plan with its title, dates and last change, the latest first', async () => {
    await refreshPlans();
    expect($savedPlans.get()).toEqual([
      {
        id: 'fall',
        title: 'Fall',
        dates: ['2027-10-06'],
        savedAt: '2026-11-02T10:00:00.000Z',
        rev: 1,
        deletedAt: null,
      },
      {
        id: 'spring',
        title: 'Spring',
        dates: ['2027-03-17'],
        savedAt: '2026-11-01T10:00:00.000Z',
        rev: 1,
        deletedAt: null,
      },
    ]);
  });

  it('opens another plan, saving the open one first', async () => {
    setEventField('venue', 'Hall A');
    await expect(openSavedPlan('spring')).resolves.toMatchObject({ ok: true });
    expect($plan.get().event.title).toBe('Spring');
    expect(JSON.parse(kv.data.get('plan:fall') as string).plan.event.venue).toBe('Hall A');
  });

  it('refuses to switch while the open plan has edits that could not be saved', async () => {
    kv.quota = 10;
    setEventField('venue', 'Hall A');
    await vi.advanceTimersByTimeAsync(300);
    expect($saveStatus.get()).toEqual({ kind: 'quota' });
    await expect(openSavedPlan('spring')).resolves.toEqual({
      ok: false,
      error:
        'Your changes to the open plan are not saved yet. Save it as a file, or deal with the message at the top of the page, then try again.',
    });
    expect($plan.get().event.venue).toBe('Hall A');
  });

  it('starts a new plan and keeps the one that was open in the list', async () => {
    const started = await startNewPlan();
    expect(started.ok && $plan.get().id === started.value.id).toBe(true);
    expect(listed()).toEqual(['', 'Fall', 'Spring']);
  });

  it('starts the new plan with every suggested task, none done', async () => {
    await startNewPlan();
    const tasks = $plan.get().checklist;
    expect([tasks.length, tasks.filter((t) => t.done).length, tasks[0]?.title]).toEqual([
      15,
      0,
      'Confirm co-conveners and the organizing committee',
    ]);
  });

  it('duplicates a plan for the next event and opens the copy, leaving the original as it was', async () => {
    const copy = await duplicatePlan('spring');
    expect(copy.ok).toBe(true);
    expect($plan.get()).toMatchObject({ event: { title: 'Spring' }, days: [{ date: '' }] });
    expect($plan.get().id).not.toBe('spring');
    expect(JSON.parse(kv.data.get('plan:spring') as string).plan.days[0].date).toBe('2027-03-17');
    expect(listed()).toEqual(['Spring', 'Fall', 'Spring']);
  });

  it('deletes a plan so it can be brought back, and purges it after 30 days', async () => {
    await deletePlan('spring', clock);
    expect(listed()).toEqual(['Fall', 'Spring (deleted)']);
    await bringBackPlan('spring');
    expect(listed()).toEqual(['Fall', 'Spring']);
    await deletePlan('spring', clock);
    await refreshPlans(new Date('2026-12-23T09:59:00Z'));
    expect(listed()).toEqual(['Fall', 'Spring (deleted)']);
    await refreshPlans(new Date('2026-12-23T10:01:00Z'));
    expect(listed()).toEqual(['Fall']);
    expect(kv.data.has('plan:spring')).toBe(false);
  });

  it('never deletes the plan that is open', async () => {
    await deletePlan('fall', clock);
    await refreshPlans(clock);
    expect(listed()).toEqual(['Fall', 'Spring']);
  });

  it('opens a plan file as a plan of its own', async () => {
    await openPlanFromFile(plan('from-file', 'From a file'));
    expect($plan.get().id).toBe('from-file');
    expect(listed()).toEqual(['From a file', 'Fall', 'Spring']);
  });

  it('replaces the saved copy when the file holds a plan this browser already has', async () => {
    await refreshPlans();
    await openPlanFromFile(plan('spring', 'Spring, from the file'));
    expect(JSON.parse(kv.data.get('plan:spring') as string)).toMatchObject({
      rev: 2,
      plan: { event: { title: 'Spring, from the file' } },
    });
    expect(listed()).toEqual(['Spring, from the file', 'Fall']);
  });
});
