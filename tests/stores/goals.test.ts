import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import {
  $goalAdvice,
  addCustomGoal,
  deleteCustomGoal,
  editCustomGoal,
  moveGoalChoice,
  setAssetNotes,
  setDraftGoalsText,
  toggleGoalChoice,
  toggleGoalTick,
} from '../../src/stores/goals';
import { $plan, replacePlan } from '../../src/stores/plan';

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

describe('goals actions', () => {
  it('chooses, orders and un-chooses goals in the plan, with the advice following', () => {
    toggleGoalChoice('align-needs');
    expect($goalAdvice.get().status).toBe('too-few');
    toggleGoalChoice('set-goals');
    moveGoalChoice('set-goals', 'up');
    expect($plan.get().goals.selected).toEqual(['set-goals', 'align-needs']);
    expect($goalAdvice.get().settled).toBe(true);
    toggleGoalChoice('set-goals');
    expect($plan.get().goals.selected).toEqual(['align-needs']);
  });

  it('does not suggest building relationships when that is the one goal chosen', () => {
    toggleGoalChoice('build-relationships');
    expect($goalAdvice.get().message).toMatch(/such as aligning on student and community needs\.$/);
    toggleGoalChoice('build-relationships');
    toggleGoalChoice('align-needs');
    expect($goalAdvice.get().message).toMatch(/such as building relationships\.$/);
  });

  it('adds an own goal that counts toward the limit, and refuses a bad one leaving the plan untouched', () => {
    toggleGoalChoice('align-needs');
    const added = addCustomGoal({ title: 'Recruit 50 tutors', description: '' });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.value : '';
    expect($plan.get().goals.selected).toEqual(['align-needs', id]);
    expect($goalAdvice.get().count).toBe(2);

    const before = $plan.get();
    expect(addCustomGoal({ title: ' ', description: 'x' })).toEqual({
      ok: false,
      error: 'Goal title: give your goal a short title, e.g. "Recruit 50 reading tutors".',
    });
    expect(editCustomGoal(id, { title: '', description: '' }).ok).toBe(false);
    expect($plan.get()).toBe(before);

    editCustomGoal(id, { title: 'Recruit 60 tutors', description: 'By fall.' });
    expect($plan.get().goals.custom).toEqual([{ id, title: 'Recruit 60 tutors', description: 'By fall.' }]);
    deleteCustomGoal(id);
    expect($plan.get().goals.custom).toEqual([]);
    expect($plan.get().goals.selected).toEqual(['align-needs']);
  });

  it('stores ticks, worksheet notes and draft goals', () => {
    toggleGoalTick('questions', 'caring-adult');
    toggleGoalTick('focusAreas', 'mentoring');
    toggleGoalTick('dataToBring', 'attendance');
    toggleGoalTick('planElements', 'next-steps');
    setAssetNotes('businesses', 'Riverside Hardware');
    setDraftGoalsText('Mentors for 150 students.');
    expect($plan.get().goals).toEqual({
      selected: [],
      custom: [],
      focusAreas: ['mentoring'],
      dataToBring: ['attendance'],
      questions: ['caring-adult'],
      assetNotes: { businesses: 'Riverside Hardware' },
      draftGoals: 'Mentors for 150 students.',
      planElements: ['next-steps'],
    });
  });
});
