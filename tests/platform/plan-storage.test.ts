import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { BACKUP_PREFIX, isQuotaError, PLAN_KEY, PlanStorage } from '../../src/platform/plan-storage';
import { FakeStorage } from '../helpers/fake-storage';

const now = () => new Date('2026-11-23T10:00:00Z');

function planTitled(title: string) {
  const plan = createPlan({ now: now(), timeZone: 'UTC' });
  plan.event.title = title;
  return plan;
}

describe('PlanStorage', () => {
  it('finds nothing in an empty storage', () => {
    expect(new PlanStorage(new FakeStorage(), now).load()).toEqual({ kind: 'empty' });
  });

  it('writes a versioned envelope and reads it back', () => {
    const storage = new FakeStorage();
    const plan = planTitled('Spring');
    expect(new PlanStorage(storage, now).save(plan)).toEqual({
      kind: 'saved',
      rev: 1,
      savedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(JSON.parse(storage.data.get(PLAN_KEY)!)).toEqual({
      schemaVersion: 2,
      rev: 1,
      savedAt: '2026-11-23T10:00:00.000Z',
      plan,
    });
    expect(new PlanStorage(storage, now).load()).toEqual({
      kind: 'loaded',
      plan,
      rev: 1,
      savedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('backs up a corrupt value under a backup key and leaves the original in place', () => {
    const storage = new FakeStorage();
    storage.data.set(PLAN_KEY, '{"rev":3,"plan":{"schemaVersion":1');
    const result = new PlanStorage(storage, now).load();
    expect(result).toEqual({
      kind: 'corrupt',
      error: 'The saved plan is not valid JSON.',
      raw: '{"rev":3,"plan":{"schemaVersion":1',
      backupKey: `${BACKUP_PREFIX}2026-11-23T10:00:00.000Z`,
    });
    expect(storage.data.get(`${BACKUP_PREFIX}2026-11-23T10:00:00.000Z`)).toBe('{"rev":3,"plan":{"schemaVersion":1');
    expect(storage.data.get(PLAN_KEY)).toBe('{"rev":3,"plan":{"schemaVersion":1');
  });

  it('reports an envelope whose plan fails validation as corrupt with the reason', () => {
    const storage = new FakeStorage();
    storage.data.set(PLAN_KEY, JSON.stringify({ rev: 1, savedAt: '', plan: { schemaVersion: 1 } }));
    const result = new PlanStorage(storage, now).load();
    expect(result.kind).toBe('corrupt');
    expect(result.kind === 'corrupt' && result.error).toMatch(
      /^The plan has invalid data: id: missing \(expected string\)/,
    );
  });

  it('says when no backup could be kept because the storage is full', () => {
    const storage = new FakeStorage();
    storage.data.set(PLAN_KEY, 'not json');
    storage.quota = 30;
    const result = new PlanStorage(storage, now).load();
    expect(result).toMatchObject({ kind: 'corrupt', backupKey: null, raw: 'not json' });
  });

  it('refuses to write a plan that could not be loaded again, keeping the last good copy', () => {
    const storage = new FakeStorage();
    const store = new PlanStorage(storage, now);
    store.save(planTitled('Good'));
    const broken = planTitled('Broken');
    // What a lookup on Object.prototype once let through: a status that is a function.
    broken.invitees = [{ id: 'p1', name: 'Ana', status: (() => 1) as never } as never];
    const result = store.save(broken);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.error).toMatch(
      /^invitees\[0\]\.organization: missing \(expected string\)/,
    );
    expect(JSON.parse(storage.data.get(PLAN_KEY)!).plan.event.title).toBe('Good');
  });

  it('reports a full storage without throwing', () => {
    const storage = new FakeStorage();
    storage.quota = 100;
    expect(new PlanStorage(storage, now).save(planTitled('x'))).toEqual({ kind: 'quota' });
    expect(storage.data.has(PLAN_KEY)).toBe(false);
  });

  it("recognises Firefox's quota error", () => {
    const storage = new FakeStorage();
    storage.quota = 100;
    storage.quotaErrorName = 'NS_ERROR_DOM_QUOTA_REACHED';
    expect(new PlanStorage(storage, now).save(planTitled('x'))).toEqual({ kind: 'quota' });
  });

  it('reports other storage errors as failures with their message', () => {
    const storage = new FakeStorage();
    storage.throwOnAccess = true;
    expect(new PlanStorage(storage, now).save(planTitled('x'))).toEqual({
      kind: 'failed',
      error: 'SecurityError: access denied',
    });
  });

  it('refuses to overwrite a newer revision saved by another tab', () => {
    const storage = new FakeStorage();
    const tabA = new PlanStorage(storage, now);
    const tabB = new PlanStorage(storage, now);
    tabA.load();
    tabB.load();
    const fromA = planTitled('from A');
    tabA.save(fromA);
    const result = tabB.save(planTitled('from B'));
    expect(result).toEqual({
      kind: 'conflict',
      theirs: { kind: 'loaded', plan: fromA, rev: 1, savedAt: '2026-11-23T10:00:00.000Z' },
    });
    expect(JSON.parse(storage.data.get(PLAN_KEY)!).plan.event.title).toBe('from A');
  });

  it('overwrites the other tab only when forced, with a higher revision', () => {
    const storage = new FakeStorage();
    const tabA = new PlanStorage(storage, now);
    const tabB = new PlanStorage(storage, now);
    tabA.save(planTitled('from A'));
    expect(tabB.save(planTitled('from B'), { force: true })).toMatchObject({ kind: 'saved', rev: 2 });
    expect(JSON.parse(storage.data.get(PLAN_KEY)!).plan.event.title).toBe('from B');
    expect(tabA.save(planTitled('A again')).kind).toBe('conflict');
  });
});

describe('isQuotaError', () => {
  it('knows the quota errors of every engine and nothing else', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(isQuotaError(named('QuotaExceededError'))).toBe(true);
    expect(isQuotaError(named('NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(named('SecurityError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
