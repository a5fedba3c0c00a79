import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, type Plan } from '../../src/domain/plan';
import { PLAN_KEY } from '../../src/platform/plan-storage';
import {
  $corruptBackup,
  $hadSavedPlan,
  $saveStatus,
  dismissCorruptBackup,
  initPersistence,
  resolveConflict,
  retrySave,
} from '../../src/stores/persistence';
import { $plan, replacePlan, setEventField } from '../../src/stores/plan';
import { $planChangedAt } from '../../src/stores/plan-changed';
import { FakeStorage } from '../helpers/fake-storage';

function fakeWindow() {
  const target = new EventTarget() as EventTarget & { document: EventTarget & { visibilityState: string } };
  target.document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return target;
}

function envelope(plan: Plan, rev: number): string {
  return JSON.stringify({ schemaVersion: 1, rev, savedAt: '2026-11-23T09:00:00.000Z', plan });
}

function storageEvent(newValue: string): Event {
  return Object.assign(new Event('storage'), { key: PLAN_KEY, newValue });
}

function stored(storage: FakeStorage): Plan {
  return (JSON.parse(storage.data.get(PLAN_KEY)!) as { plan: Plan }).plan;
}

let stop: () => void = () => undefined;
let win: ReturnType<typeof fakeWindow>;
let storage: FakeStorage;

beforeEach(() => {
  vi.useFakeTimers();
  storage = new FakeStorage();
  win = fakeWindow();
  replacePlan(createPlan({ timeZone: 'UTC' }));
  $saveStatus.set({ kind: 'starting' });
  $corruptBackup.set(null);
  $hadSavedPlan.set(false);
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

const start = (s: FakeStorage | null = storage) => {
  stop = initPersistence({ storage: s, target: win as unknown as Window });
};

describe('persistence', () => {
  it('loads the saved plan into the store', () => {
    const saved = createPlan({ timeZone: 'America/Chicago' });
    saved.event.title = 'Saved convening';
    storage.data.set(PLAN_KEY, envelope(saved, 4));
    start();
    expect($plan.get()).toEqual(saved);
    expect($hadSavedPlan.get()).toBe(true);
    expect($saveStatus.get()).toEqual({ kind: 'saved', savedAt: '2026-11-23T09:00:00.000Z' });
  });

  it('dates the last change of a loaded plan at its save, and of an edit at the edit', () => {
    storage.data.set(PLAN_KEY, envelope(createPlan({ timeZone: 'UTC' }), 4));
    vi.setSystemTime(new Date('2027-01-04T09:30:00Z'));
    start();
    expect($planChangedAt.get()).toEqual(new Date('2026-11-23T09:00:00.000Z'));
    setEventField('venue', 'Library');
    expect($planChangedAt.get()).toEqual(new Date('2027-01-04T09:30:00Z'));
  });

  it('saves an edit shortly after it is made', () => {
    start();
    setEventField('title', 'Fall summit');
    expect($saveStatus.get()).toEqual({ kind: 'pending' });
    expect(storage.data.has(PLAN_KEY)).toBe(false);
    vi.advanceTimersByTime(300);
    expect(stored(storage).event.title).toBe('Fall summit');
    expect($saveStatus.get().kind).toBe('saved');
  });

  it('saves an edit made right before the tab closes', () => {
    start();
    setEventField('title', 'Typed at the last second');
    win.dispatchEvent(new Event('pagehide'));
    expect(stored(storage).event.title).toBe('Typed at the last second');
  });

  it('saves when the tab is hidden', () => {
    start();
    setEventField('venue', 'Library');
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(stored(storage).event.venue).toBe('Library');
  });

  it('keeps the edit in memory and reports a full storage', () => {
    storage.quota = 50;
    start();
    setEventField('title', 'Too big to save');
    vi.advanceTimersByTime(300);
    expect($saveStatus.get()).toEqual({ kind: 'quota' });
    expect($plan.get().event.title).toBe('Too big to save');
    storage.quota = Infinity;
    retrySave();
    expect(stored(storage).event.title).toBe('Too big to save');
    expect($saveStatus.get().kind).toBe('saved');
  });

  it('works in memory and says so when there is no storage', () => {
    start(null);
    expect($saveStatus.get()).toEqual({ kind: 'memory-only' });
    setEventField('title', 'Only in memory');
    vi.advanceTimersByTime(300);
    expect($plan.get().event.title).toBe('Only in memory');
    expect($saveStatus.get()).toEqual({ kind: 'memory-only' });
  });

  it('backs up a corrupt saved value, tells the user and starts from an empty plan', () => {
    storage.data.set(PLAN_KEY, '{broken');
    start();
    expect($corruptBackup.get()).toMatchObject({ error: 'The saved plan is not valid JSON.', raw: '{broken' });
    const backupKey = $corruptBackup.get()!.backupKey!;
    expect(storage.data.get(backupKey)).toBe('{broken');
    setEventField('title', 'New start');
    vi.advanceTimersByTime(300);
    expect(storage.data.get(backupKey)).toBe('{broken');
    expect(stored(storage).event.title).toBe('New start');
  });

  it('does not save over a corrupt value that could not be backed up until the user lets it go', () => {
    storage.data.set(PLAN_KEY, '{broken');
    storage.quota = 40;
    start();
    expect($saveStatus.get()).toEqual({ kind: 'blocked' });
    storage.quota = Infinity;
    setEventField('title', 'Waiting');
    vi.advanceTimersByTime(300);
    expect(storage.data.get(PLAN_KEY)).toBe('{broken');
    dismissCorruptBackup();
    expect(stored(storage).event.title).toBe('Waiting');
  });

  it("adopts another tab's newer plan when this tab has no unsaved edits", () => {
    start();
    const theirs = createPlan({ timeZone: 'UTC' });
    theirs.event.title = 'From the other tab';
    storage.data.set(PLAN_KEY, envelope(theirs, 5));
    win.dispatchEvent(storageEvent(envelope(theirs, 5)));
    expect($plan.get()).toEqual(theirs);
    expect($planChangedAt.get()).toEqual(new Date('2026-11-23T09:00:00.000Z'));
    setEventField('venue', 'Here');
    vi.advanceTimersByTime(300);
    expect(stored(storage).event).toMatchObject({ title: 'From the other tab', venue: 'Here' });
  });

  it('asks before overwriting when both tabs have changes, and keeps mine on request', () => {
    start();
    setEventField('title', 'Mine');
    const theirs = createPlan({ timeZone: 'UTC' });
    theirs.event.title = 'Theirs';
    storage.data.set(PLAN_KEY, envelope(theirs, 5));
    win.dispatchEvent(storageEvent(envelope(theirs, 5)));
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs });
    vi.advanceTimersByTime(300);
    expect(stored(storage).event.title).toBe('Theirs');
    resolveConflict('mine');
    expect(stored(storage).event.title).toBe('Mine');
    expect($plan.get().event.title).toBe('Mine');
  });

  it("loads the other tab's version on request", () => {
    start();
    setEventField('title', 'Mine');
    const theirs = createPlan({ timeZone: 'UTC' });
    theirs.event.title = 'Theirs';
    storage.data.set(PLAN_KEY, envelope(theirs, 5));
    win.dispatchEvent(storageEvent(envelope(theirs, 5)));
    resolveConflict('theirs');
    expect($plan.get().event.title).toBe('Theirs');
    expect($saveStatus.get().kind).toBe('saved');
  });

  it('shows a failed save and keeps the last good copy when the plan in memory breaks the schema', () => {
    start();
    setEventField('title', 'Good');
    vi.advanceTimersByTime(300);
    setEventField('coConveners', ['x'.repeat(201)]);
    vi.advanceTimersByTime(300);
    expect($saveStatus.get()).toEqual({
      kind: 'failed',
      error: 'the plan holds a value it cannot keep (event.coConveners[0]: too long (at most 200))',
    });
    expect(stored(storage).event).toMatchObject({ title: 'Good', coConveners: [] });
  });

  it("backs up another tab's unreadable value before keeping this tab's version", () => {
    start();
    setEventField('title', 'Mine');
    storage.data.set(PLAN_KEY, '{"rev":9,"plan":"garbled"}');
    win.dispatchEvent(storageEvent('{"rev":9,"plan":"garbled"}'));
    vi.advanceTimersByTime(300);
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs: null });
    resolveConflict('mine');
    expect(stored(storage).event.title).toBe('Mine');
    const backups = [...storage.data.entries()].filter(([k]) => k.startsWith('convening-planner:backup:'));
    expect(backups.map(([, v]) => v)).toEqual(['{"rev":9,"plan":"garbled"}']);
  });

  it('finds a conflict at save time when the other tab saved without an event reaching us', () => {
    start();
    const theirs = createPlan({ timeZone: 'UTC' });
    storage.data.set(PLAN_KEY, envelope(theirs, 9));
    setEventField('title', 'Mine');
    vi.advanceTimersByTime(300);
    expect($saveStatus.get()).toEqual({ kind: 'conflict', theirs });
  });
});
