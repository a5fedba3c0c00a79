import { describe, expect, it } from 'vitest';
import { signInRows, worksheetRows } from '../../src/export/print-data';
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

describe('worksheetRows', () => {
  it('splits the asset kinds into assets and sources of support, with the notes gathered so far', () => {
    const { assets, support } = worksheetRows(samplePlan(content).goals, content.goals);
    expect(assets.map((r) => [r.kind.id, r.kind.group, r.notes])).toEqual([
      ['schools-districts', 'asset', ''],
      ['youth-serving-orgs', 'asset', 'Boys & Girls Club runs after-school tutoring at two sites.'],
      ['community-based-orgs', 'asset', ''],
      ['colleges-universities', 'asset', ''],
      ['state-service-commission', 'asset', ''],
      ['state-afterschool-network', 'asset', ''],
      ['local-provider-network', 'asset', ''],
      ['chamber-of-commerce', 'asset', ''],
      ['library-recreation', 'asset', ''],
      ['childrens-cabinet', 'asset', ''],
    ]);
    expect(support.map((r) => [r.kind.id, r.kind.group, r.notes])).toEqual([
      ['public-funding', 'support', ''],
      ['philanthropy', 'support', ''],
      ['businesses', 'support', ''],
      ['national-service', 'support', ''],
    ]);
  });
});
