import { describe, expect, it } from 'vitest';
import { blankItem } from '../../src/domain/agenda-edit';
import { migrate, migrations } from '../../src/domain/migrations';
import { createPlan, CURRENT_SCHEMA_VERSION } from '../../src/domain/plan';
import {
  MAX_PLAN_FILE_BYTES,
  parsePlanFile,
  restore,
  restoreWithNotice,
  sanitize,
  serializePlanFile,
} from '../../src/domain/restore';
import { V3_PERSON } from '../helpers/person';

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
    const broken = structuredClone(plan) as unknown as { days: { start: string }[]; extra?: number };
    broken.days[0]!.start = '25:00';
    broken.extra = 1;
    const result = restore(broken);
    expect(result).toEqual({
      ok: false,
      error: 'The plan has invalid data: days[0].start: not in the expected format; unknown field extra.',
    });
  });

  it('names a missing field with its expected type', () => {
    const plan = structuredClone(createPlan({ now })) as unknown as { invitees: unknown[] };
    plan.invitees = [{ id: 'p1', name: 'Ana' }];
    const result = restore(plan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('invitees[0].organization: missing (expected string)');
  });

  it('refuses a plan with no day or more than two', () => {
    const plan = structuredClone(createPlan({ now }));
    const three = { ...plan, days: [plan.days[0]!, plan.days[0]!, plan.days[0]!] };
    expect(restore(three)).toEqual({
      ok: false,
      error: 'The plan has invalid data: days: too many entries (at most 2).',
    });
    expect(restore({ ...plan, days: [] })).toEqual({
      ok: false,
      error: 'The plan has invalid data: days: too few entries (at least 1).',
    });
  });

  it('refuses dates that are not on the calendar and times outside 00:00–23:59', () => {
    const plan = structuredClone(createPlan({ now }));
    const day = plan.days[0]!;
    const withDay = (patch: Partial<typeof day>) => ({ ...plan, days: [{ ...day, ...patch }] });
    expect(restore(withDay({ date: '2027-02-30' }))).toEqual({
      ok: false,
      error: 'The plan has invalid data: days[0].date: not a real date (YYYY-MM-DD).',
    });
    expect(restore(withDay({ date: '2027-13-45' }))).toEqual({
      ok: false,
      error: 'The plan has invalid data: days[0].date: not a real date (YYYY-MM-DD).',
    });
    expect(restore(withDay({ end: '24:00' }))).toEqual({
      ok: false,
      error: 'The plan has invalid data: days[0].end: not in the expected format.',
    });
    expect(restore(withDay({ date: '2028-02-29', start: '00:00', end: '23:59' })).ok).toBe(true);
  });

  it('tells a version-0 plan apart from a value with no version at all', () => {
    const plan = { ...createPlan({ now }), schemaVersion: 0 };
    expect(restore(plan)).toEqual({
      ok: false,
      error:
        'This plan says it is schema version 0, which no release of the planner wrote (the first was version 1), so it cannot be opened.',
    });
    expect(restore({ ...plan, schemaVersion: '2' })).toEqual({
      ok: false,
      error: 'This is not a Convening Planner plan: its schema version "2" is not a version number.',
    });
  });

  it('gives entries that share an id their own ids and says how many', () => {
    const plan = structuredClone(createPlan({ now }));
    const person = {
      ...V3_PERSON,
      id: 'p1',
      name: 'Ana',
      organization: '',
      role: '',
      email: '',
      category: 'youth',
      status: 'invited' as const,
      planningRole: 'none' as const,
      mediaRelease: false,
      notes: '',
    };
    plan.invitees = [person, { ...person, name: 'Bo' }, { ...person, id: 'p1-2', name: 'Cy' }];
    const item = (id: string, title: string) => ({ ...blankItem(id), title });
    plan.days = [
      { ...plan.days[0]!, items: [item('a', 'One'), item('a', 'Two')] },
      { id: plan.days[0]!.id, date: '', start: '09:00', end: '16:00', actualStart: '', items: [item('a', 'Three')] },
    ];
    const result = restoreWithNotice(plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan: repaired, notice } = result.value;
    expect(repaired.invitees.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Ana'],
      ['p1-3', 'Bo'],
      ['p1-2', 'Cy'],
    ]);
    expect(repaired.days.map((d) => d.items.map((i) => [i.id, i.title]))).toEqual([
      [
        ['a', 'One'],
        ['a-2', 'Two'],
      ],
      [['a-3', 'Three']],
    ]);
    expect(repaired.days[1]!.id).toBe(`${plan.days[0]!.id}-2`);
    expect(notice).toBe(
      'The plan had 4 entries sharing an id with another (1 day, 2 agenda items, 1 person). They were given their own ids, so editing or deleting one no longer changes the other.',
    );
    expect(restore(plan)).toEqual({ ok: true, value: repaired });
  });

  it('gives outcomes and budget lines that share an id their own ids (version 3 lists)', () => {
    const plan = structuredClone(createPlan({ now }));
    const promise = { id: 'c', organization: 'Org', person: '', inviteeId: '', what: 'Tutor', due: '' };
    plan.outcomes.commitments = [promise, { ...promise, what: 'Mentor' }];
    plan.outcomes.goalsAgreed = [
      { id: 'c', who: 'We', what: 'Recruit', howMany: '50', byWhen: '2027-09-01', fromGoal: '' },
    ];
    const line = { id: 'l', kind: 'food' as const, label: 'Lunch', auto: true, quantity: 0, unitCost: 12.5, notes: '' };
    plan.logistics.lines = [line, line];
    const result = restoreWithNotice(plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.plan.outcomes.commitments.map((c) => c.id)).toEqual(['c', 'c-2']);
    // Lists are repaired one at a time: an agreed goal may share an id with a commitment.
    expect(result.value.plan.outcomes.goalsAgreed[0]!.id).toBe('c');
    expect(result.value.plan.logistics.lines.map((l) => l.id)).toEqual(['l', 'l-2']);
    expect(result.value.notice).toContain('(1 outcome, 1 budget line)');
  });

  it('never renames an item of a later day that had no duplicate', () => {
    const plan = structuredClone(createPlan({ now }));
    const item = (id: string, title: string) => ({ ...blankItem(id), title });
    plan.days = [
      { ...plan.days[0]!, items: [item('a', 'One'), item('a', 'Two')] },
      { id: 'day-2', date: '', start: '09:00', end: '16:00', actualStart: '', items: [item('a-2', 'Three')] },
    ];
    const result = restoreWithNotice(plan);
    expect(result.ok && result.value.plan.days.map((d) => d.items.map((i) => i.id))).toEqual([['a', 'a-3'], ['a-2']]);
    expect(result.ok && result.value.notice).toBe(
      'The plan had an entry sharing an id with another (1 agenda item). It was given its own id, so editing or deleting one no longer changes the other.',
    );
  });

  it('uses a plan without shared ids as it is, with no notice', () => {
    const plan = createPlan({ now });
    expect(restoreWithNotice(structuredClone(plan))).toEqual({ ok: true, value: { plan, notice: null } });
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

  it('clears a date version 1 accepted but no calendar has, instead of refusing the plan', () => {
    const v1 = {
      schemaVersion: 1,
      event: { title: 'T', days: [{ id: 'd1', date: '2027-02-30', start: '09:00', end: '16:00' }] },
      agenda: { days: [{ items: [] }] },
    };
    expect(migrate(v1, 1, 2)).toEqual({
      schemaVersion: 2,
      event: { title: 'T' },
      days: [{ id: 'd1', date: '', start: '09:00', end: '16:00', items: [] }],
    });
  });

  it('has a step from every earlier version to the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(typeof migrations[version], `migration from version ${version}`).toBe('function');
    }
  });
});

describe('plan files', () => {
  it('round-trip a plan exactly', () => {
    const plan = createPlan({ now, timeZone: 'Europe/Paris' });
    plan.event.title = 'Spring «Convening» 🎉 — 東京';
    const text = serializePlanFile(plan, now);
    expect(parsePlanFile(text, text.length)).toEqual({ ok: true, value: { plan, notice: null } });
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
    expect(parsePlanFile(text, text.length)).toEqual({ ok: true, value: { plan, notice: null } });
  });
});
