import { describe, expect, it } from 'vitest';
import { chosenGoals } from '../../src/domain/goals';
import { createPlan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

describe('chosenGoals', () => {
  it('lists toolkit and own goals in the chosen order and skips unknown ids', () => {
    const { goals: toolkit } = loadContent();
    const goals = {
      ...createPlan().goals,
      selected: ['own-1', 'align-needs', 'gone'],
      custom: [{ id: 'own-1', title: 'Recruit 50 tutors', description: '' }],
    };
    expect(chosenGoals(goals, toolkit)).toEqual([
      { id: 'own-1', title: 'Recruit 50 tutors', shortTitle: 'Recruit 50 tutors', custom: true },
      {
        id: 'align-needs',
        title: toolkit.find((g) => g.id === 'align-needs')!.title,
        shortTitle: toolkit.find((g) => g.id === 'align-needs')!.shortTitle,
        custom: false,
      },
    ]);
  });
});
