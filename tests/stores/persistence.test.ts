import { startingChecklist } from '../../src/domain/checklist';
import { loadContent } from '../helpers/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, CURRENT_SCHEMA_VERSION, type Plan } from '../../src/domain/plan';
import { EMERGENCY_KEY, encodeHandoff } from '../../src/stores/handoff';
import {
  $corruptBackup,
  $hadSavedPlan,
  $saveStatus,
  flushSave,
  initPersistence,
  OPEN_PLAN_KEY,
  resolveConflict,
  retrySave,
  stopPersistence,
} from '../../src/stores/persistence';
import { LEGACY_PLAN_KEY, PlanRepository } from '../../src/stores/plan-repository';
import { $plan, replacePlan, setEventField } from '../../src/stores/plan';
import { restore } from '../../src/domain/restore';
import { readFileSync } from 'node:fs';
import { $planChangedAt } from '../../src/stores/plan-changed';
import { FakeBus, FakeKeyValueStore, FakePage } from '../helpers/fake-kv';
import { FakeStorage } from '../helpers/fake-storage';

const SAVED_AT = '2026-11-23T09:00:00.000Z';
const now = () => new Date('2026-11-23T10:00:00Z');

/** One plan made once, so plans made from it with the same title are equal. */
const BASE = createPlan({ timeZone: 'UTC', now: now() });

function planTitled(title: string, id = 'plan-a'): Plan {
  return { ...BASE, id, event: { ...BASE.event, title } };
}

function envelope(plan: Plan, rev: number): string {
  return JSON.stringify({ schemaVersion: plan.schemaVersion, rev, savedAt: SAVED_AT, plan });
}

/** Stores `plan` as revision `rev` the way this version writes it, and marks it open. */
function seed(kv: FakeKeyValueStore, plan: Plan, rev: number): void {
  kv.data.set(`plan:${plan.id}`, envelope(plan, rev));
  kv.data.set(`meta:${plan.id}`, { id: plan.id, title: plan.event.title, dates: [''], savedAt: SAVED_AT, rev });
  kv.data.set('open', plan.id);
}

function stored(kv: FakeKeyValueStore, id: string): { rev: number; plan: Plan } {
  return JSON.parse(kv.data.get(`plan:${id}`) as string) as { rev: number; plan: Plan };
}

let kv: FakeKeyValueStore;
let local: FakeStorage;
let session: FakeStorage;
let page: FakePage;
let bus: FakeBus;

beforeEach(() => {
  vi.useFakeTimers();
  kv = new FakeKeyValueStore();
  local = new FakeStorage();
  session = new FakeStorage();
  page = new FakePage();
  bus = new FakeBus();
  replacePlan(createPlan({ timeZone: 'UTC' }));
  $corruptBackup.set(null);
  $hadSavedPlan.set(false);
});

afterEach(() => {
  stopPersistence();
  vi.useRealTimers();
});

function start(options: { kv?: Promise<FakeKeyValueStore | null> } = {}) {
  return initPersistence({
    kv: options.kv ?? Promise.resolve(kv),
    local,
    session,
    page,
    channel: bus.channel(),
    now,
    newPlanTasks: () => Promise.resolve(startingChecklist(loadContent().checklist)),
  }).loaded;
}

/** A second tab: writes straight to the store and announces it, as persistence does. */
async function otherTabSaves(plan: Plan, rev: number): Promise<void> {
  await new PlanRepository(kv, now).save(plan, rev);
  bus.channel().post({ planId: plan.id, rev });
  await vi.advanceTimersByTimeAsync(0);
}

describe('loading', () => {
  it('shows "starting" until the open plan is read, then puts it in the store', async () => {
    const saved = planTitled('Saved convening');
    seed(kv, saved, 4);
    const loaded = start();
    expect($saveStatus.get()).toEqual({ kind: 'starting' });
    await loaded;
    expect($plan.get()).toEqual(saved);
    expect($hadSavedPlan.get()).toBe(true);
    expect($saveStatus.get()).toEqual({ kind: 'saved', savedAt: '' });
  });

  it('gives a browser with no saved plan a new plan that starts with the suggested tasks', async () => {
    await start();
    expect(
      $plan
        .get()
        .checklist.map((t) => t.id)
        .slice(0, 3),
    ).toEqual(['confirm-co-conveners', 'book-venue', 'send-invitations']);
    expect($plan.get().checklist).toHaveLength(15);
  });

  it('opens a saved plan with an empty checklist as it was, adding no task', async () => {
    seed(kv, planTitled('Saved convening'), 4);
    await start();
    expect($plan.get().checklist).toEqual([]);
  });

  it('never saves the default plan over the stored one before the load finished', async () => {
    seed(kv, planTitled('Stored'), 2);
    let openDb: (store: FakeKeyValueStore) => void = () => undefined;
    const loaded = start({ kv: new Promise((resolve) => (openDb = resolve)) });
    setEventField('title', 'Typed into the default plan');
    await vi.advanceTimersByTimeAsync(1000);
    page.leave();
    openDb(kv);
    await loaded;
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 2, plan: { event: { title: 'Stored' } } });
    expect($plan.get().event.title).toBe('Stored');
  });

  it('dates the last change of a loaded plan at its save, and of an edit at the edit', async () => {
    seed(kv, planTitled('Saved convening'), 4);
    vi.setSystemTime(new Date('2027-01-04T09:30:00Z'));
    await start();
    expect($planChangedAt.get()).toEqual(new Date(SAVED_AT));
    setEventField('venue', 'Library');
    expect($planChangedAt.get()).toEqual(new Date('2027-01-04T09:30:00Z'));
  });

  it("ignores another tab's news while its own plan is still loading", async () => {
    seed(kv, planTitled('Mine A', 'plan-a'), 2);
    seed(kv, planTitled('Theirs B', 'plan-b'), 9);
    session.setItem(OPEN_PLAN_KEY, 'plan-a');
    let openDb: (store: FakeKeyValueStore) => void = () => undefined;
    const loaded = start({ kv: new Promise((resolve) => (openDb = resolve)) });
    openDb(kv);
    // The store is open but the page's own plan is not read yet when the other tab's news comes.
    await Promise.resolve();
    await Promise.resolve();
    bus.channel().post({ planId: 'plan-b', rev: 9 });
    await loaded;
    await vi.advanceTimersByTimeAsync(0);
    expect($plan.get().event.title).toBe('Mine A');
    expect(session.getItem(OPEN_PLAN_KEY)).toBe('plan-a');
    // A save of A by another tab after the load is still a conflict for an edit made here.
    await otherTabSaves(planTitled('Theirs A', 'plan-a'), 5);
    expect($plan.get().event.title).toBe('Theirs A');
  });

  it('opens the plan this tab had open, not the one another tab opened last', async () => {
    seed(kv, planTitled('Other tab', 'plan-b'), 1);
    seed(kv, planTitled('This tab', 'plan-a'), 1);
    kv.data.set('open', 'plan-b');
    session.setItem(OPEN_PLAN_KEY, 'plan-a');
    await start();
    expect($plan.get().event.title).toBe('This tab');
  });
});

describe('saving', () => {
  it('saves an edit shortly after it is made, as a versioned envelope with a list record', async () => {
    seed(kv, planTitled('Fall'), 1);
    await start();
    setEventField('title', 'Fall summit');
    expect($saveStatus.get()).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(300);
    expect(JSON.parse(kv.data.get('plan:plan-a') as string)).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      rev: 2,
      savedAt: '2026-11-23T10:00:00.000Z',
      plan: $plan.get(),
    });
    expect(kv.data.get('meta:plan-a')).toEqual({
      id: 'plan-a',
      title: 'Fall summit',
      dates: [''],
      savedAt: '2026-11-23T10:00:00.000Z',
      rev: 2,
      deletedAt: null,
    });
    expect($saveStatus.get()).toEqual({ kind: 'saved', savedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('remembers a first-saved plan as the open one, for this tab and for new tabs', async () => {
    await start();
    setEventField('title', 'Brand new');
    await vi.advanceTimersByTimeAsync(300);
    const id = $plan.get().id;
    expect(session.getItem(OPEN_PLAN_KEY)).toBe(id);
    expect(kv.data.get('open')).toBe(id);
  });

  it('starts the write when the page is left, without waiting for the delay', async () => {
    seed(kv, planTitled('x'), 1);
    await start();
    setEventField('title', 'Typed at the last second');
    page.leave();
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Typed at the last second');
    // The emergency copy is kept only until the write has finished.
    expect(local.getItem(EMERGENCY_KEY)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(local.getItem(EMERGENCY_KEY)).toBeNull();
  });

  it('saves when the tab is hidden', async () => {
    seed(kv, planTitled('x'), 1);
    await start();
    setEventField('venue', 'Library');
    page.hide();
    expect(stored(kv, 'plan-a').plan.event.venue).toBe('Library');
  });

  it('keeps an emergency copy in localStorage when the write is still running as the page goes, and stores it on the next load', async () => {
    seed(kv, planTitled('Before'), 3);
    await start();
    kv.hold = true;
    setEventField('title', 'Written as the tab closed');
    page.leave();
    expect(JSON.parse(local.getItem(EMERGENCY_KEY)!)).toMatchObject({
      app: 'convening-planner-handoff',
      knownRev: 3,
      plan: { id: 'plan-a', event: { title: 'Written as the tab closed' } },
    });
    kv.drop();
    kv.hold = false;
    stopPersistence();
    await start();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 4, plan: { event: { title: 'Written as the tab closed' } } });
    expect($plan.get().event.title).toBe('Written as the tab closed');
    expect(local.getItem(EMERGENCY_KEY)).toBeNull();
  });

  it("leaves another plan's emergency copy for the tab that had that plan open", async () => {
    seed(kv, planTitled('Plan B here', 'plan-b'), 1);
    seed(kv, planTitled('Plan A', 'plan-a'), 3);
    session.setItem(OPEN_PLAN_KEY, 'plan-b');
    const copy = encodeHandoff({ plan: planTitled('A, written as its tab closed'), knownRev: 3 });
    local.setItem(EMERGENCY_KEY, copy);
    await start();
    expect($plan.get().event.title).toBe('Plan B here');
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Plan A');
    expect(local.getItem(EMERGENCY_KEY)).toBe(copy);
  });

  it('ignores an emergency copy older than the stored plan (the write did finish)', async () => {
    seed(kv, planTitled('Newer, stored'), 5);
    local.setItem(EMERGENCY_KEY, encodeHandoff({ plan: planTitled('Older copy'), knownRev: 4 }));
    await start();
    expect($plan.get().event.title).toBe('Newer, stored');
    expect(stored(kv, 'plan-a').rev).toBe(5);
    expect(local.getItem(EMERGENCY_KEY)).toBeNull();
  });

  it('keeps the edit in memory and reports a full storage, then saves on retry', async () => {
    seed(kv, planTitled('Small'), 1);
    await start();
    kv.quota = 100;
    setEventField('title', 'Too big to save');
    await vi.advanceTimersByTimeAsync(300);
    expect($saveStatus.get()).toEqual({ kind: 'quota' });
    expect($plan.get().event.title).toBe('Too big to save');
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Small');
    expect(page.wouldAsk()).toBe(true);
    kv.quota = Infinity;
    retrySave();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Too big to save');
    expect($saveStatus.get().kind).toBe('saved');
    expect(page.wouldAsk()).toBe(false);
  });

  it('reports any other storage error as a failed save with its message', async () => {
    await start();
    kv.failure = new Error('UnknownError: the disk went away');
    setEventField('title', 'Not saved');
    await vi.advanceTimersByTimeAsync(300);
    expect($saveStatus.get()).toEqual({ kind: 'failed', error: 'UnknownError: the disk went away' });
  });

  it('refuses to write a plan that could not be loaded again, keeping the last good copy', async () => {
    seed(kv, planTitled('Good'), 1);
    await start();
    setEventField('venue', 'x'.repeat(301));
    await vi.advanceTimersByTimeAsync(300);
    expect($saveStatus.get()).toEqual({
      kind: 'failed',
      error: 'the plan holds a value it cannot keep (event.venue: too long (at most 300))',
    });
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 1, plan: { event: { title: 'Good', venue: '' } } });
  });

  it('works in memory and says so when IndexedDB cannot be used', async () => {
    await start({ kv: Promise.resolve(null) });
    expect($saveStatus.get()).toEqual({ kind: 'memory-only' });
    expect(page.wouldAsk()).toBe(false);
    setEventField('title', 'Only in memory');
    await vi.advanceTimersByTimeAsync(300);
    expect($plan.get().event.title).toBe('Only in memory');
    expect($saveStatus.get()).toEqual({ kind: 'memory-only' });
    expect(page.wouldAsk()).toBe(true);
  });
});

describe('moving from localStorage', () => {
  it('moves the plan an earlier version saved, then removes the localStorage copy', async () => {
    const old = planTitled('Saved by version 1');
    local.setItem(LEGACY_PLAN_KEY, envelope(old, 7));
    await start();
    expect(stored(kv, 'plan-a')).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      rev: 7,
      savedAt: '2026-11-23T10:00:00.000Z',
      plan: old,
    });
    expect(local.getItem(LEGACY_PLAN_KEY)).toBeNull();
    expect($plan.get()).toEqual(old);
  });

  it('moves a version-1 plan as the first release stored it, migrated to the current version', async () => {
    const v1 = readFileSync(new URL('../fixtures/plans/v1-readme-sample-plan.json', import.meta.url), 'utf8');
    local.setItem(
      LEGACY_PLAN_KEY,
      JSON.stringify({ schemaVersion: 1, rev: 3, savedAt: SAVED_AT, plan: JSON.parse(v1) }),
    );
    await start();
    const migrated = restore(JSON.parse(v1));
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(stored(kv, 'plan-riverside')).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      rev: 3,
      savedAt: '2026-11-23T10:00:00.000Z',
      plan: migrated.value,
    });
    expect($plan.get()).toEqual(migrated.value);
    expect(local.getItem(LEGACY_PLAN_KEY)).toBeNull();
  });

  it('opens the plan an earlier version saved, in memory, when this browser has no IndexedDB', async () => {
    const old = planTitled('Only in localStorage');
    local.setItem(LEGACY_PLAN_KEY, envelope(old, 7));
    await start({ kv: Promise.resolve(null) });
    expect($plan.get()).toEqual(old);
    expect($saveStatus.get()).toEqual({ kind: 'memory-only' });
    expect(local.getItem(LEGACY_PLAN_KEY)).toBe(envelope(old, 7));
  });

  it('leaves the localStorage copy in place when IndexedDB cannot hold it yet', async () => {
    local.setItem(LEGACY_PLAN_KEY, envelope(planTitled('Kept where it is'), 7));
    kv.quota = 10;
    await start();
    expect(local.getItem(LEGACY_PLAN_KEY)).toBe(envelope(planTitled('Kept where it is'), 7));
    expect(kv.data.has('plan:plan-a')).toBe(false);
  });

  it('keeps both when a tab of the earlier version saved the moved plan again: nothing is lost', async () => {
    seed(kv, planTitled('Edited here after the move'), 9);
    session.setItem(OPEN_PLAN_KEY, 'plan-a');
    local.setItem(LEGACY_PLAN_KEY, envelope(planTitled('Edited in the old tab'), 12));
    await start();
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 9, plan: { event: { title: 'Edited here after the move' } } });
    const others = [...kv.data.keys()].filter((key) => key.startsWith('plan:') && key !== 'plan:plan-a');
    expect(others.map((key) => stored(kv, key.slice(5)).plan.event.title)).toEqual([
      'Edited in the old tab (saved by an older version)',
    ]);
    expect(local.getItem(LEGACY_PLAN_KEY)).toBeNull();
    expect($plan.get().event.title).toBe('Edited here after the move');
  });

  it('only removes the localStorage value when IndexedDB already holds the same plan', async () => {
    seed(kv, planTitled('Same'), 9);
    local.setItem(LEGACY_PLAN_KEY, envelope(planTitled('Same'), 7));
    await start();
    expect([...kv.data.keys()].filter((key) => key.startsWith('plan:'))).toEqual(['plan:plan-a']);
    expect(local.getItem(LEGACY_PLAN_KEY)).toBeNull();
  });

  it('backs up an unreadable localStorage value in IndexedDB, tells the user, and removes it', async () => {
    local.setItem(LEGACY_PLAN_KEY, '{"rev":2,"plan":{"oops"');
    await start();
    const backups = [...kv.data].filter(([key]) => key.startsWith('backup:'));
    expect(backups.map(([, value]) => value)).toEqual(['{"rev":2,"plan":{"oops"']);
    expect($corruptBackup.get()).toEqual({
      error: 'The saved plan is not valid JSON.',
      raw: '{"rev":2,"plan":{"oops"',
      backupKey: backups[0]![0],
    });
    expect(local.getItem(LEGACY_PLAN_KEY)).toBeNull();
  });
});

describe('an unreadable saved plan', () => {
  it('is backed up once per distinct value, however often it is loaded, and reported each time', async () => {
    kv.data.set('plan:plan-a', '{broken');
    kv.data.set('open', 'plan-a');
    for (let load = 0; load < 3; load += 1) {
      stopPersistence();
      $corruptBackup.set(null);
      await start();
      expect($corruptBackup.get()).toMatchObject({ error: 'The saved plan is not valid JSON.', raw: '{broken' });
    }
    kv.data.set('plan:plan-a', '{broken differently');
    stopPersistence();
    await start();
    const backups = [...kv.data].filter(([key]) => key.startsWith('backup:')).map(([, value]) => value);
    expect(backups).toEqual(['{broken', '{broken differently']);
  });

  it('stays where it is while the user works on a new plan', async () => {
    kv.data.set('plan:plan-a', '{broken');
    kv.data.set('open', 'plan-a');
    await start();
    expect($plan.get().id).not.toBe('plan-a');
    setEventField('title', 'New start');
    await vi.advanceTimersByTimeAsync(300);
    expect(kv.data.get('plan:plan-a')).toBe('{broken');
    expect(stored(kv, $plan.get().id).plan.event.title).toBe('New start');
  });

  it('says when there was no room for a backup copy', async () => {
    kv.data.set('plan:plan-a', '{broken');
    kv.data.set('open', 'plan-a');
    kv.quota = 10;
    await start();
    expect($corruptBackup.get()).toEqual({
      error: 'The saved plan is not valid JSON.',
      raw: '{broken',
      backupKey: null,
    });
  });
});

describe('a second tab', () => {
  it('is followed to the plan it started by a tab with neither a saved plan nor edits', async () => {
    await start();
    await otherTabSaves(planTitled('Started over there', 'plan-b'), 1);
    expect($plan.get().event.title).toBe('Started over there');
    expect(session.getItem(OPEN_PLAN_KEY)).toBe('plan-b');
  });

  it('is not followed to another plan by a tab that has its own', async () => {
    seed(kv, planTitled('Mine'), 1);
    await start();
    await otherTabSaves(planTitled('Theirs', 'plan-b'), 1);
    expect($plan.get().event.title).toBe('Mine');
    expect($saveStatus.get()).toEqual({ kind: 'saved', savedAt: '' });
  });

  it("follows the other tab's newer save when this tab has no unsaved edits", async () => {
    seed(kv, planTitled('Mine'), 1);
    await start();
    await otherTabSaves(planTitled('From the other tab'), 2);
    expect($plan.get().event.title).toBe('From the other tab');
    expect($planChangedAt.get()).toEqual(now());
    setEventField('venue', 'Here');
    await vi.advanceTimersByTimeAsync(300);
    expect(stored(kv, 'plan-a')).toMatchObject({
      rev: 3,
      plan: { event: { title: 'From the other tab', venue: 'Here' } },
    });
  });

  it('asks which version to keep when both tabs have changes, and keeps mine on request', async () => {
    seed(kv, planTitled('Start'), 1);
    await start();
    setEventField('title', 'Mine');
    await otherTabSaves(planTitled('Theirs'), 2);
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs: planTitled('Theirs') });
    await vi.advanceTimersByTimeAsync(300);
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Theirs');
    expect(page.wouldAsk()).toBe(true);
    await resolveConflict('mine');
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 3, plan: { event: { title: 'Mine' } } });
    expect($saveStatus.get().kind).toBe('saved');
  });

  it("loads the other tab's version on request", async () => {
    seed(kv, planTitled('Start'), 1);
    await start();
    setEventField('title', 'Mine');
    await otherTabSaves(planTitled('Theirs'), 2);
    await resolveConflict('theirs');
    expect($plan.get().event.title).toBe('Theirs');
    expect($saveStatus.get().kind).toBe('saved');
    setEventField('venue', 'Hall');
    await vi.advanceTimersByTimeAsync(300);
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 3, plan: { event: { title: 'Theirs', venue: 'Hall' } } });
  });

  it('finds a conflict at save time when the other tab saved without a message reaching this one', async () => {
    seed(kv, planTitled('Start'), 1);
    await start();
    await new PlanRepository(kv, now).save(planTitled('Theirs'), 5);
    setEventField('title', 'Mine');
    await vi.advanceTimersByTimeAsync(300);
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs: planTitled('Theirs') });
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 5, plan: { event: { title: 'Theirs' } } });
  });

  it("backs up the other tab's unreadable value before keeping this tab's version", async () => {
    seed(kv, planTitled('Start'), 1);
    await start();
    setEventField('title', 'Mine');
    kv.data.set('plan:plan-a', '{"rev":9,"plan":"garbled"}');
    kv.data.set('meta:plan-a', { id: 'plan-a', rev: 9 });
    bus.channel().post({ planId: 'plan-a', rev: 9 });
    await vi.advanceTimersByTimeAsync(0);
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs: null });
    await resolveConflict('mine');
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 10, plan: { event: { title: 'Mine' } } });
    const backups = [...kv.data].filter(([key]) => key.startsWith('backup:')).map(([, value]) => value);
    expect(backups).toEqual(['{"rev":9,"plan":"garbled"}']);
  });
});

describe('handing unsaved edits to the next page', () => {
  it('writes the plan into window.name when the page is left with edits it could not save', async () => {
    await start({ kv: Promise.resolve(null) });
    setEventField('title', 'Carried over');
    page.leave();
    expect(JSON.parse(page.name)).toEqual({ app: 'convening-planner-handoff', plan: $plan.get(), knownRev: 0 });
  });

  it('writes the handoff as soon as a link of this site is followed', async () => {
    seed(kv, planTitled('Stored'), 1);
    await start();
    kv.quota = 10;
    setEventField('title', 'Too big');
    await vi.advanceTimersByTimeAsync(300);
    page.followLink();
    expect(JSON.parse(page.name)).toMatchObject({ plan: { event: { title: 'Too big' } }, knownRev: 1 });
  });

  it('writes nothing into window.name when everything is saved', async () => {
    await start();
    setEventField('title', 'Saved normally');
    page.leave();
    expect(page.name).toBe('');
  });

  it('waits for a write already under way before saying everything is saved', async () => {
    seed(kv, planTitled('Stored'), 1);
    await start();
    kv.quota = 10;
    setEventField('title', 'This write will not fit');
    vi.advanceTimersByTime(300);
    // The write has started and nothing new is pending, but it has not failed yet.
    await expect(flushSave()).resolves.toBe(false);
    expect($saveStatus.get()).toEqual({ kind: 'quota' });
  });

  it('clears a handoff written at a click that did not leave, once saving works again', async () => {
    seed(kv, planTitled('Stored'), 1);
    await start();
    kv.quota = 10;
    setEventField('title', 'Not saved yet');
    await vi.advanceTimersByTimeAsync(300);
    page.followLink();
    expect(page.name).not.toBe('');
    kv.quota = Infinity;
    setEventField('title', 'Saved after all');
    await retrySave();
    await vi.advanceTimersByTimeAsync(300);
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Saved after all');
    page.leave();
    expect(page.name).toBe('');
  });

  it('prefers the handed-over plan to the stored one, clears window.name and saves it', async () => {
    seed(kv, planTitled('Stored'), 1);
    page.name = encodeHandoff({ plan: planTitled('Handed over'), knownRev: 1 });
    await start();
    expect(page.name).toBe('');
    expect($plan.get().event.title).toBe('Handed over');
    await vi.advanceTimersByTimeAsync(300);
    expect(stored(kv, 'plan-a')).toMatchObject({ rev: 2, plan: { event: { title: 'Handed over' } } });
  });

  it('keeps a conflict: the handed-over plan is not saved over a newer revision', async () => {
    seed(kv, planTitled('Theirs'), 3);
    page.name = encodeHandoff({ plan: planTitled('Mine'), knownRev: 1 });
    await start();
    await vi.advanceTimersByTimeAsync(300);
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs: planTitled('Theirs') });
    expect($plan.get().event.title).toBe('Mine');
    expect(stored(kv, 'plan-a').plan.event.title).toBe('Theirs');
  });

  it('keeps the handed-over plan in memory, still unsaved, when there is no storage', async () => {
    page.name = encodeHandoff({ plan: planTitled('Memory only'), knownRev: 0 });
    await start({ kv: Promise.resolve(null) });
    expect($plan.get().event.title).toBe('Memory only');
    expect($saveStatus.get()).toEqual({ kind: 'memory-only' });
    expect(page.wouldAsk()).toBe(true);
  });

  it('ignores a window.name that some other page left', async () => {
    seed(kv, planTitled('Stored'), 1);
    page.name = '{"app":"convening-planner-handoff","plan":{"id":"not a plan"}}';
    await start();
    expect($plan.get().event.title).toBe('Stored');
  });
});
