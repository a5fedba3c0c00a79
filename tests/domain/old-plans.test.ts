/**
 * Real plans saved by earlier versions must open in every later version with the same meaning.
 * The fixtures in tests/fixtures/plans/ are kept for ever: never edit them, add new ones beside
 * them when the schema changes again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type Plan } from '../../src/domain/plan';
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

/** The same projection of a plan of the current version (update it when the shape changes). */
function meaningOf(plan: Plan) {
  const { schemaVersion: _version, ...rest } = plan;
  return rest;
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
    expect(result.value.plan.invitees.map((p) => p.name)).toEqual(['Zoë Ångström', '李 雷']);
    expect(result.value.plan.days.map((d) => d.items.length)).toEqual([9, 9]);
  });

  it('moves the items of extra agenda days of a hand-edited version-1 file onto the last day', () => {
    const v1 = JSON.parse(fixture('v1-readme-sample-plan.json')) as V1;
    const extra = { items: [{ ...(v1.agenda.days[0]!.items[0] as object), id: 'extra-1' }] };
    const result = restore({ ...v1, agenda: { days: [...v1.agenda.days, extra] } });
    expect(result.ok && result.value.days[1]!.items.map((i) => i.id).at(-1)).toBe('extra-1');
  });
});
