import { describe, expect, it } from 'vitest';
import { needsSummary, needsTotals } from '../../src/domain/needs';
import type { InviteeNeeds, InviteeStatus } from '../../src/domain/plan';
import { V3_PERSON } from '../helpers/person';

const with_ = (status: InviteeStatus, needs: Partial<InviteeNeeds>) => ({
  status,
  needs: { ...V3_PERSON.needs, ...needs },
});

describe('accommodation totals', () => {
  it('sum the needs of everyone who has not declined, languages merged whatever their case', () => {
    const people = [
      with_('accepted', { interpretation: 'Spanish', childcare: 2, stipend: true, dietary: 'Halal' }),
      with_('invited', { interpretation: ' spanish ', transport: true, access: 'Step-free' }),
      with_('tentative', { interpretation: 'Vietnamese', childcare: 1 }),
      with_('declined', { interpretation: 'Somali', childcare: 3, stipend: true }),
    ];
    expect(needsTotals(people)).toEqual({
      interpretation: [
        { language: 'Spanish', people: 2 },
        { language: 'Vietnamese', people: 1 },
      ],
      children: 3,
      stipends: 1,
      transport: 1,
      dietary: 1,
      access: 1,
    });
  });

  it('describe one person in a few words', () => {
    expect(
      needsSummary({ ...V3_PERSON.needs, interpretation: 'Spanish', childcare: 2, stipend: true, dietary: 'Vegan' }),
    ).toBe('Interpretation: Spanish · 2 children · Stipend · Dietary: Vegan');
    expect(needsSummary(V3_PERSON.needs)).toBe('');
  });
});
