import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/domain/migrations';
import { createPlan, CURRENT_SCHEMA_VERSION } from '../../src/domain/plan';
import { MAX_PLAN_FILE_BYTES, parsePlanFile, restore, sanitize, serializePlanFile } from '../../src/domain/restore';

const now = new Date('2026-11-23T10:00:00Z');

describe('restore', () => {
  it('accepts a new plan unchanged', () => {
    const plan = createPlan({ now, timeZone: 'America/Chicago' });
    expect(restore(structuredClone(plan))).toEqual({ ok: true, value: plan });
  });

  it('refuses a value that is not an object', () => {
    expect(restore('hello')).toEqual({
      ok: false,
      error: 'This is not a plan: expected an object with event, goals, agenda and invitees.',
    });
    expect(restore([1, 2])).toMatchObject({ ok: false });
    expect(restore(null)).toMatchObject({ ok: false });
  });

  it('refuses a plan without a schema version', () => {
    const { schemaVersion: _omit, ...rest } = createPlan({ now });
    expect(restore(rest)).toEqual({
      ok: false,
      error: 'This is not a Convening Planner plan: it has no schema version.',
    });
  });

  it('refuses a plan saved by a newer version and says so', () => {
    const plan = { ...createPlan({ now }), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(restore(plan)).toEqual({
      ok: false,
      error: `This plan was saved by a newer version of the planner (version ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Open it with the newer version.`,
    });
  });

  it('names the fields that are wrong', () => {
    const plan = createPlan({ now }) as unknown as Record<string, unknown> & ReturnType<typeof createPlan>;
    const broken = structuredClone(plan) as unknown as { event: { days: { start: string }[] }; extra?: number };
    broken.event.days[0]!.start = '25:00';
    broken.extra = 1;
    const result = restore(broken);
    expect(result).toEqual({
      ok: false,
      error: 'The plan has invalid data: event.days[0].start: not in the expected format; unknown field extra.',
    });
  });

  it('names a missing field with its expected type', () => {
    const plan = structuredClone(createPlan({ now })) as unknown as { invitees: unknown[] };
    plan.invitees = [{ id: 'p1', name: 'Ana' }];
    const result = restore(plan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('invitees[0].organization: missing (expected string)');
  });

  it('refuses an agenda whose day count differs from the event days', () => {
    const plan = structuredClone(createPlan({ now }));
    plan.agenda.days.push({ items: [] });
    expect(restore(plan)).toEqual({
      ok: false,
      error: 'The plan has invalid data: agenda.days: the agenda must have one list of items per event day.',
    });
  });

  it('drops __proto__ keys so they cannot reach any prototype', () => {
    const json = JSON.parse('{"a":{"__proto__":{"polluted":true},"b":1},"constructor":{"x":1}}') as unknown;
    const clean = sanitize(json) as Record<string, Record<string, unknown>>;
    expect(clean).toEqual({ a: { b: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(clean.a)).toBe(Object.prototype);
  });

  it('keeps the asset notes of a plan but not a __proto__ entry in them', () => {
    const plan = createPlan({ now });
    const text = JSON.stringify(plan).replace(
      '"assetNotes":{}',
      '"assetNotes":{"__proto__":{"x":"y"},"schools":"Lincoln High"}',
    );
    const result = restore(JSON.parse(text));
    expect(result.ok && result.value.goals.assetNotes).toEqual({ schools: 'Lincoln High' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('migrate', () => {
  it('runs each step in order and stamps the version', () => {
    const steps = {
      1: (p: Record<string, unknown>) => ({ ...p, a: 1 }),
      2: (p: Record<string, unknown>) => ({ ...p, b: (p.a as number) + 1 }),
    };
    expect(migrate({ schemaVersion: 1 }, 1, 3, steps)).toEqual({ schemaVersion: 3, a: 1, b: 2 });
  });

  it('returns null when a step is missing', () => {
    expect(migrate({ schemaVersion: 1 }, 1, 2, {})).toBeNull();
  });

  it('changes nothing when the plan is current', () => {
    expect(migrate({ schemaVersion: 1, x: 1 }, 1, 1, {})).toEqual({ schemaVersion: 1, x: 1 });
  });
});

describe('plan files', () => {
  it('round-trip a plan exactly', () => {
    const plan = createPlan({ now, timeZone: 'Europe/Paris' });
    plan.event.title = 'Spring «Convening» 🎉 — 東京';
    const text = serializePlanFile(plan, now);
    expect(parsePlanFile(text, text.length)).toEqual({ ok: true, value: plan });
  });

  it('refuses a file that is too large before parsing it', () => {
    expect(parsePlanFile('{}', MAX_PLAN_FILE_BYTES + 1)).toEqual({
      ok: false,
      error: 'The file is 20.0 MB; plan files are at most 20 MB.',
    });
  });

  it('refuses a file that is not JSON', () => {
    expect(parsePlanFile('name,email\nAna,a@x.org', 22)).toEqual({
      ok: false,
      error: 'The file is not valid JSON, so it cannot be a plan file saved by this planner.',
    });
  });

  it('refuses a JSON file from another program', () => {
    expect(parsePlanFile('{"name":"package"}', 18)).toEqual({
      ok: false,
      error: 'This file is not a Convening Planner plan file (it has no "app": "convening-planner" marker).',
    });
  });

  it('reads a file saved with a byte order mark', () => {
    const plan = createPlan({ now });
    const text = `\uFEFF${serializePlanFile(plan, now)}`;
    expect(parsePlanFile(text, text.length)).toEqual({ ok: true, value: plan });
  });
});
