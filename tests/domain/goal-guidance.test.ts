import { describe, expect, it } from 'vitest';
import { chosenGuidance } from '../../src/domain/chosen-guidance';
import {
  hiddenChosenQuestions,
  keptForUnchosen,
  questionGroups,
  questionMatches,
  setAssetNote,
  setDraftGoals,
  toggleTick,
} from '../../src/domain/goal-guidance';
import type { GoalContent } from '../../src/domain/content-schemas';
import { createPlan, planSchema, type Goals } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const content = loadContent();
const goal = (id: string): GoalContent => content.goals.find((g) => g.id === id)!;
const questions = goal('align-needs').guidance.questions;
const empty = (): Goals => createPlan().goals;
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('questions filtered by focus area', () => {
  it('shows every question when no focus area is chosen', () => {
    expect(questions.filter((q) => questionMatches(q, [])).length).toBe(questions.length);
  });

  it('always shows questions that have no focus area', () => {
    const general = questions.find((q) => q.id === 'caring-adult')!;
    expect(questionMatches(general, ['wraparound'])).toBe(true);
  });

  it('groups the shown questions by role, as the district toolkit does', () => {
    const groups = questionGroups(questions, [], content.focusAreas);
    expect(groups.map((g) => [g.title, ids(g.questions)])).toEqual([
      ['General questions', ['available-data', 'caring-adult', 'people-power']],
      ['Tutoring and Mentoring', ['academic-impact', 'chronic-absence']],
      ['Student Success Coaching', ['classroom-capacity', 'school-climate']],
      ['Wraparound/Integrated Student Support Coordination', ['needs-beyond-academics', 'health-and-access']],
      ['Post-Secondary Transition Coaching', ['postsecondary-support']],
    ]);
  });

  it('keeps only the general questions and the chosen roles', () => {
    const groups = questionGroups(questions, ['mentoring', 'transition-coaching'], content.focusAreas);
    expect(groups.map((g) => [g.key, ids(g.questions)])).toEqual([
      ['general', ['available-data', 'caring-adult', 'people-power']],
      ['tutoring+mentoring', ['academic-impact', 'chronic-absence']],
      ['transition-coaching', ['postsecondary-support']],
    ]);
  });

  it('lists ticked questions that the focus areas now hide, so they are not lost from view', () => {
    const goals: Goals = {
      ...empty(),
      questions: ['caring-adult', 'school-climate', 'academic-impact'],
      focusAreas: ['tutoring'],
    };
    expect(ids(hiddenChosenQuestions(questions, goals))).toEqual(['school-climate']);
    expect(hiddenChosenQuestions(questions, { ...goals, focusAreas: [] })).toEqual([]);
  });
});

describe('ticks and typed guidance', () => {
  it('ticks and unticks an id in the named list only', () => {
    const ticked = toggleTick(empty(), 'questions', 'caring-adult');
    expect(ticked).toEqual({ ...empty(), questions: ['caring-adult'] });
    expect(toggleTick(ticked, 'questions', 'caring-adult')).toEqual(empty());
    expect(toggleTick(empty(), 'focusAreas', 'tutoring').focusAreas).toEqual(['tutoring']);
  });

  it("ignores a tick beyond the plan's cap so the plan stays valid", () => {
    const full: Goals = { ...empty(), focusAreas: Array.from({ length: 10 }, (_, i) => `a${i}`) };
    expect(toggleTick(full, 'focusAreas', 'one-more')).toBe(full);
  });

  it('stores worksheet notes per asset kind and drops an emptied entry', () => {
    const noted = setAssetNote(empty(), 'philanthropy', 'Riverside Foundation (Ana Ruiz)');
    expect(noted.assetNotes).toEqual({ philanthropy: 'Riverside Foundation (Ana Ruiz)' });
    expect(setAssetNote(noted, 'philanthropy', '').assetNotes).toEqual({});
    expect(setAssetNote(empty(), 'businesses', ' ').assetNotes).toEqual({ businesses: ' ' });
  });

  it('cuts draft goals and notes at the lengths the plan accepts', () => {
    expect(setDraftGoals(empty(), 'x'.repeat(10005)).draftGoals.length).toBe(10000);
    expect(setAssetNote(empty(), 'businesses', 'y'.repeat(6000)).assetNotes.businesses!.length).toBe(5000);
  });
});

describe('what the plan stores and the handouts read', () => {
  const filled: Goals = {
    selected: ['identify-assets', 'align-needs', 'own-1'],
    custom: [{ id: 'own-1', title: 'Recruit tutors', description: 'Fifty by June.' }],
    focusAreas: ['wraparound', 'tutoring'],
    dataToBring: ['attendance', 'assessment-results'],
    questions: ['chronic-absence', 'caring-adult'],
    assetNotes: { 'youth-serving-orgs': 'YMCA downtown; 4-H club', philanthropy: 'Riverside Foundation' },
    draftGoals: '60 tutors in three middle schools by fall.',
    planElements: ['next-steps'],
  };

  it('is a valid plan that survives the plan schema unchanged', () => {
    const plan = { ...createPlan({ timeZone: 'UTC' }), goals: filled };
    const parsed = planSchema().safeParse(JSON.parse(JSON.stringify(plan)));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.goals).toEqual(filled);
  });

  it('resolves the guidance of chosen goals to content, in content order', () => {
    const guidance = chosenGuidance(filled, content.goals, content.focusAreas);
    expect(ids(guidance.dataToBring)).toEqual(['assessment-results', 'attendance']);
    expect(ids(guidance.questions)).toEqual(['caring-adult', 'chronic-absence']);
    expect(guidance.assetWorksheet.length).toBe(14);
    expect(guidance.assetWorksheet.filter((r) => r.notes !== '').map((r) => [r.kind.id, r.notes])).toEqual([
      ['youth-serving-orgs', 'YMCA downtown; 4-H club'],
      ['philanthropy', 'Riverside Foundation'],
    ]);
    expect(ids(guidance.focusAreas)).toEqual(['tutoring', 'wraparound']);
    // "set preliminary goals" and "high-level plan" are not chosen: their parts stay out.
    expect(guidance.draftGoals).toBe('');
    expect(guidance.planElements).toEqual([]);
  });

  it('brings back the draft goals and plan elements when their goals are chosen again', () => {
    const guidance = chosenGuidance(
      { ...filled, selected: ['set-goals', 'high-level-plan'] },
      content.goals,
      content.focusAreas,
    );
    expect(guidance.draftGoals).toBe('60 tutors in three middle schools by fall.');
    expect(ids(guidance.planElements)).toEqual(['next-steps']);
    expect(guidance.questions).toEqual([]);
    expect(guidance.assetWorksheet).toEqual([]);
  });

  it('names the un-chosen goals whose filled-in guidance is kept', () => {
    expect(keptForUnchosen(filled, content.goals)).toEqual(['Set goals', 'High-level plan']);
    expect(keptForUnchosen({ ...filled, draftGoals: ' ', planElements: [] }, content.goals)).toEqual([]);
  });
});
