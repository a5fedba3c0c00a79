/**
 * Real plans saved by earlier versions must open in every later version with the same meaning.
 * The fixtures in tests/fixtures/plans/ are kept for ever: never edit them, add new ones beside
 * them when the schema changes again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coConvenerNames } from '../../src/domain/co-conveners';
import { inviteeCoverage } from '../../src/domain/invitee-coverage';
import { CURRENT_SCHEMA_VERSION, emptyOutcomes, type Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { V3_PERSON } from '../helpers/person';
import { parsePlanFile, restore } from '../../src/domain/restore';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8');

/** What a version-1 plan means, in a shape that does not depend on how a version stores it. */
interface V1 {
  id: string;
  createdAt: string;
  event: Record<string, unknown> & { days: { id: string; date: string; start: string; end: string }[] };
  agenda: { days: { items: unknown[] }[] };
  goals: unknown;
  invitees: unknown[];
  checklist: unknown[];
}

function meaningOfV1(v1: V1) {
  const { days, ...event } = v1.event;
  return {
    id: v1.id,
    createdAt: v1.createdAt,
    event,
    days: days.map((day, i) => ({ ...day, items: v1.agenda.days[i]!.items })),
    goals: v1.goals,
    invitees: v1.invitees,
    checklist: v1.checklist,
  };
}

/**
 * What a current plan means in version-2 terms, so plans of versions 1 and 2 can be compared with
 * it (update it when the shape changes). Version 3 added fields that old plans had no value for
 * (checked to be empty separately) and moved the start page's co-conveners onto the invitee list
 * as organisation-only entries with ids `co-convener-<n>`.
 */
function meaningOf(plan: Plan) {
  const {
    schemaVersion: _version,
    preferences: _p,
    outcomes: _o,
    messages: _m,
    logistics: _l,
    event: { rsvpBy: _r, contact: _c, ...event },
    ...rest
  } = plan;
  const moved = plan.invitees.filter((p) => p.id.startsWith('co-convener-'));
  return {
    ...rest,
    event: { ...event, coConveners: moved.map((p) => p.organization) },
    days: plan.days.map(({ actualStart: _a, ...day }) => ({
      ...day,
      items: day.items.map(({ actualMinutes: _am, heard: _h, ...item }) => item),
    })),
    invitees: plan.invitees
      .filter((p) => !p.id.startsWith('co-convener-'))
      .map(
        ({ invitedOn: _i, answeredOn: _a, remindedOn: _r, language: _lang, needs: _n, attended: _at, ...person }) =>
          person,
      ),
  };
}

/** The fields version 3 added hold nothing in a plan migrated from an older version. */
function expectVersion3FieldsEmpty(plan: Plan): void {
  expect(plan.preferences).toEqual({ paperSize: 'auto' });
  expect(plan.outcomes).toEqual(emptyOutcomes());
  expect(plan.messages).toEqual([]);
  expect(plan.logistics).toEqual({ currency: 'USD', tentativeSharePercent: 50, lines: [] });
  expect([plan.event.rsvpBy, plan.event.contact]).toEqual(['', { name: '', email: '', phone: '' }]);
  expect(
    plan.days.every((d) => d.actualStart === '' && d.items.every((i) => i.actualMinutes === null && i.heard === '')),
  ).toBe(true);
  for (const person of plan.invitees) {
    expect(person).toMatchObject(V3_PERSON);
  }
}

describe('version-1 plans kept as fixtures', () => {
  it('opens the README sample plan of version 1 with the same meaning', () => {
    const v1 = JSON.parse(fixture('v1-readme-sample-plan.json')) as V1 & { schemaVersion: number };
    expect(v1.schemaVersion).toBe(1);
    const result = restore(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(meaningOf(result.value)).toEqual(meaningOfV1(v1));
    expect(result.value.days.map((d) => [d.date, d.start, d.end, d.items.length])).toEqual([
      ['2027-03-13', '10:00', '16:00', 9],
      ['2027-03-14', '09:00', '14:30', 9],
    ]);
  });

  it('opens a plan file saved by the version-1 build with the same meaning and no repairs', () => {
    const text = fixture('v1-saved-by-build.json');
    const file = JSON.parse(text) as { schemaVersion: number; plan: V1 };
    expect(file.schemaVersion).toBe(1);
    const result = parsePlanFile(text, Buffer.byteLength(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.notice).toBeNull();
    expect(meaningOf(result.value.plan)).toEqual(meaningOfV1(file.plan));
    expect(result.value.plan.event.title).toBe('Eastside Mentoring Summit — Año 2 “día”');
    expect(result.value.plan.invitees.map((p) => p.name || p.organization)).toEqual([
      'Zoë Ångström',
      '李 雷',
      ...coConvenerNames(result.value.plan.invitees).slice(-2),
    ]);
    expect(result.value.plan.days.map((d) => d.items.length)).toEqual([9, 9]);
  });

  it('moves the items of extra agenda days of a hand-edited version-1 file onto the last day', () => {
    const v1 = JSON.parse(fixture('v1-readme-sample-plan.json')) as V1;
    const extra = { items: [{ ...(v1.agenda.days[0]!.items[0] as object), id: 'extra-1' }] };
    const result = restore({ ...v1, agenda: { days: [...v1.agenda.days, extra] } });
    expect(result.ok && result.value.days[1]!.items.map((i) => i.id).at(-1)).toBe('extra-1');
  });
});

describe('version-2 plans kept as fixtures', () => {
  type V2 = Record<string, unknown> & { event: { coConveners: string[] }; invitees: { planningRole: string }[] };

  it('opens the version-2 sample plan with the same meaning, its co-conveners on the invitee list', () => {
    const v2 = JSON.parse(fixture('v2-sample-plan.json')) as V2;
    expect(v2.schemaVersion).toBe(2);
    const result = restore(v2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { schemaVersion: _v, ...meaning } = v2;
    expect(meaningOf(result.value)).toEqual(meaning);
    expectVersion3FieldsEmpty(result.value);
    // The one co-convener list: the person already marked as one, then the start page's names.
    expect(coConvenerNames(result.value.invitees)).toEqual([
      'Riverside Unified',
      "Mayor's Office of Riverside",
      'Riverside Community Foundation',
    ]);
    expect(result.value.invitees.filter((p) => p.id.startsWith('co-convener-'))).toMatchObject([
      { name: '', organization: "Mayor's Office of Riverside", category: 'other', status: 'accepted' },
      { name: '', organization: 'Riverside Community Foundation', category: 'other', status: 'accepted' },
    ]);
    // Coverage now counts them: version 2 counted 1 co-convener (the marked person).
    expect(inviteeCoverage(result.value.invitees, loadContent().categories, null).coConveners).toBe(3);
  });

  it('opens a plan file saved by the version-2 build with the same meaning and no repairs', () => {
    const text = fixture('v2-saved-by-build.json');
    const file = JSON.parse(text) as { schemaVersion: number; plan: V2 };
    expect(file.schemaVersion).toBe(2);
    const result = parsePlanFile(text, Buffer.byteLength(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.notice).toBeNull();
    const { schemaVersion: _v, ...meaning } = file.plan;
    expect(meaningOf(result.value.plan)).toEqual(meaning);
    expectVersion3FieldsEmpty(result.value.plan);
    expect(result.value.plan.event.title).toBe('Convening "Día de Éxito" — Zoë\'s plan');
    expect(result.value.plan.event.venue).toBe('Biblioteca "Central", 100 Main St — Sala 2');
    expect(coConvenerNames(result.value.plan.invitees)).toContain('Biblioteca Pública 李');
  });

  it('does not add a start-page co-convener twice when the invitee list already has them as one', () => {
    const v2 = JSON.parse(fixture('v2-sample-plan.json')) as V2;
    v2.event.coConveners = ['riverside  UNIFIED', "Mayor's Office of Riverside"];
    const result = restore(v2);
    expect(result.ok && coConvenerNames(result.value.invitees)).toEqual([
      'Riverside Unified',
      "Mayor's Office of Riverside",
    ]);
  });
});
