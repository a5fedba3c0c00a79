import { describe, expect, it } from 'vitest';
import { chosenQuestions, signInRows, worksheetRows } from '../../src/export/print-data';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';

const content = loadContent();

describe('signInRows', () => {
  it('lists everyone not declined by name, then blank rows for walk-ins', () => {
    expect(signInRows(samplePlan(content).invitees, 2)).toEqual([
      { name: 'Ana Núñez', organization: 'Riverside Unified', releaseOnFile: true },
      { name: 'Marcus Lee', organization: 'Boys & Girls Club', releaseOnFile: false },
      { name: '李小龍', organization: 'Riverside College', releaseOnFile: false },
      { name: '', organization: '', releaseOnFile: false },
      { name: '', organization: '', releaseOnFile: false },
    ]);
  });
});

describe('chosenQuestions', () => {
  it('gives the chosen questions in the toolkit order, whatever order they were ticked in', () => {
    expect(
      chosenQuestions({ questions: ['people-power', 'unknown', 'caring-adult'] }, content.goals).map((q) => q.id),
    ).toEqual(['caring-adult', 'people-power']);
  });
});

describe('worksheetRows', () => {
  it('splits the asset kinds into assets and sources of support, with the notes gathered so far', () => {
    const { assets, support } = worksheetRows(samplePlan(content).goals, content.goals);
    expect(assets.slice(0, 2).map((r) => [r.kind.id, r.notes])).toEqual([
      ['schools-districts', ''],
      ['youth-serving-orgs', 'Boys & Girls Club runs after-school tutoring at two sites.'],
    ]);
    expect(support.every((r) => r.kind.group === 'support')).toBe(true);
    expect(assets.length + support.length).toBe(content.goals.flatMap((g) => g.guidance.assetKinds).length);
    expect(support.length).toBeGreaterThan(0);
  });
});
