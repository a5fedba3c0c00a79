import { describe, expect, it } from 'vitest';
import { inviteeCoverage } from '../../src/domain/invitee-coverage';
import { emptyDraft } from '../../src/domain/invitees';
import type { Invitee } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const { categories } = loadContent();
const p = (id: string, extra: Partial<Invitee>): Invitee => ({ ...emptyDraft('other'), id, name: id, ...extra });

describe('invitee coverage', () => {
  it('calls out youth, families and funders when nobody represents them', () => {
    const coverage = inviteeCoverage([], categories, null);
    expect(coverage.calledOut).toEqual(['Funders and philanthropy', 'Families and caregivers', 'Youth']);
    expect(coverage.emptyCategories).toHaveLength(categories.length);
    expect([coverage.total, coverage.accepted, coverage.stillNeeded]).toEqual([0, 0, null]);
  });

  it('counts per category and per status, with declined people not covering a category', () => {
    const coverage = inviteeCoverage(
      [
        p('a', { category: 'youth', status: 'accepted', planningRole: 'committee' }),
        p('b', { category: 'youth', status: 'tentative' }),
        p('c', { category: 'families', status: 'declined' }),
        p('d', { category: 'funders', status: 'to-invite', planningRole: 'co-convener' }),
        p('e', { category: 'retired-category', status: 'invited' }),
      ],
      categories,
      40,
    );
    expect(coverage.byStatus).toEqual({ 'to-invite': 1, invited: 1, accepted: 1, tentative: 1, declined: 1 });
    expect(coverage.byCategory.find((c) => c.id === 'youth')).toEqual({
      id: 'youth',
      name: 'Youth',
      total: 2,
      accepted: 1,
      active: 2,
      callOut: false,
    });
    expect(coverage.byCategory.find((c) => c.id === 'families')).toMatchObject({ total: 1, callOut: true });
    expect(coverage.byCategory.at(-1)).toEqual({
      id: 'retired-category',
      name: 'retired-category',
      total: 1,
      accepted: 0,
      active: 1,
      callOut: false,
    });
    expect(coverage.calledOut).toEqual(['Families and caregivers']);
    expect(coverage.emptyCategories).not.toContain('Youth');
    expect([coverage.accepted, coverage.targetGroupSize, coverage.stillNeeded]).toEqual([1, 40, 39]);
    expect([coverage.coConveners, coverage.committee]).toEqual([1, 1]);
  });

  it('needs nobody more once accepted people reach the target', () => {
    const people = [p('a', { status: 'accepted' }), p('b', { status: 'accepted' })];
    expect(inviteeCoverage(people, categories, 2).stillNeeded).toBe(0);
  });
});
