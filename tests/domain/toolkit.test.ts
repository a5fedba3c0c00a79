import { describe, expect, it } from 'vitest';
import { assembleToolkit, type Toolkit } from '../../src/domain/toolkit';
import { loadContent, readRawContent } from '../helpers/content';

const idsOf = (toolkit: Toolkit): Record<keyof Toolkit, string[]> => ({
  goals: toolkit.goals.map((e) => e.id),
  focusAreas: toolkit.focusAreas.map((e) => e.id),
  templates: toolkit.templates.map((e) => e.id),
  activities: toolkit.activities.map((e) => e.id),
  categories: toolkit.categories.map((e) => e.id),
  checklist: toolkit.checklist.map((e) => e.id),
  checks: toolkit.checks.map((e) => e.id),
});

/** Reverses the collections whose read order a loader does not promise (folders and `order`-sorted lists). */
const reversedLoaderOrder = (raw: Toolkit): Toolkit => ({
  ...raw,
  goals: [...raw.goals].reverse(),
  focusAreas: [...raw.focusAreas].reverse(),
  templates: [...raw.templates].reverse(),
  categories: [...raw.categories].reverse(),
});

describe('assembleToolkit', () => {
  it('gives the tests the same ids in the same order as the site, whatever order the files were read in', () => {
    const raw = readRawContent();
    const site = idsOf(assembleToolkit(reversedLoaderOrder(raw)));
    expect(idsOf(loadContent())).toEqual(site);
    expect(site.goals).toEqual([
      'build-relationships',
      'align-needs',
      'identify-assets',
      'set-goals',
      'high-level-plan',
    ]);
    expect(site.templates).toEqual(['one-day', 'two-day']);
  });

  it('sorts goals, focus areas and stakeholder categories by their order field', () => {
    const { goals, focusAreas, categories } = loadContent();
    for (const list of [goals, focusAreas, categories]) {
      const orders = list.map((e) => e.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
  });

  it('keeps single-file lists in the order they are written', () => {
    const raw = readRawContent();
    const toolkit = assembleToolkit(raw);
    expect(idsOf(toolkit).activities).toEqual(raw.activities.map((e) => e.id));
    expect(idsOf(toolkit).checklist).toEqual(raw.checklist.map((e) => e.id));
    expect(idsOf(toolkit).checks).toEqual(raw.checks.map((e) => e.id));
  });

  it('breaks ties in order by id so equal orders cannot swap between loaders', () => {
    const goal = loadContent().goals[0]!;
    const tied = [
      { ...goal, id: 'b', order: 1 },
      { ...goal, id: 'a', order: 1 },
    ];
    const empty: Toolkit = {
      goals: [],
      focusAreas: [],
      templates: [],
      activities: [],
      categories: [],
      checklist: [],
      checks: [],
    };
    expect(assembleToolkit({ ...empty, goals: tied }).goals.map((g) => g.id)).toEqual(['a', 'b']);
  });
});
