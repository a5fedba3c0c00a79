import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// A fresh copy of the module for each test: the schemas are built once per module.
const freshPlanModule = async () => {
  vi.resetModules();
  return import('../../src/domain/plan');
};

describe('the plan schema, built in parts', () => {
  it('is built a part at a time, then says it is done', async () => {
    const { buildNextSchemaPart } = await freshPlanModule();
    let parts = 1;
    while (buildNextSchemaPart()) parts += 1;
    // One part per `yield` in buildSchemas(), plus the last.
    const source = readFileSync(new URL('../../src/domain/plan.ts', import.meta.url), 'utf8');
    const pauses = source.match(/^\s*yield;$/gm)?.length ?? 0;
    expect(pauses).toBeGreaterThan(10);
    expect(parts).toBe(pauses + 1);
    expect(buildNextSchemaPart()).toBe(false);
  });

  it('finishes at once when asked for the schema half-way, and checks plans the same', async () => {
    const { buildNextSchemaPart, createPlan, planSchema } = await freshPlanModule();
    buildNextSchemaPart();
    buildNextSchemaPart();
    const plan = JSON.parse(JSON.stringify(createPlan({ timeZone: 'America/Chicago' })));
    expect(planSchema().safeParse(plan).success).toBe(true);
    expect(planSchema().safeParse({ ...plan, id: 'not an id!' }).success).toBe(false);
    expect(buildNextSchemaPart()).toBe(false);
  });

  it('is built once: every call returns the same schema', async () => {
    const { planSchema, schemas } = await freshPlanModule();
    expect(planSchema()).toBe(planSchema());
    expect(schemas().planSchema).toBe(planSchema());
  });
});
