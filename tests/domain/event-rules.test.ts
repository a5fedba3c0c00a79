import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  parseGroupSize,
  planHasContent,
  summarizePlan,
  validateEvent,
} from '../../src/domain/event-rules';
import { startingChecklist } from '../../src/domain/checklist';
import { createPlan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const now = new Date('2026-11-23T10:00:00Z');

describe('validateEvent', () => {
  it('asks for a title and a date for each day on a new plan', () => {
    const plan = createPlan({ now, timeZone: 'America/Chicago' });
    expect(validateEvent(plan)).toEqual({
      title: 'Give the event a title; it names your files and calendar events.',
      'day1.date': 'Choose the date of day 1.',
    });
  });

  it('names a day that ends before it starts, a second day before the first and an unknown zone', () => {
    const plan = createPlan({ now, timeZone: 'Mars/Olympus' });
    plan.event.title = 'Summit';
    plan.days = [
      { id: 'a', date: '2027-03-13', start: '09:00', end: '09:00', actualStart: '', items: [] },
      { id: 'b', date: '2027-03-12', start: '09:00', end: '16:00', actualStart: '', items: [] },
    ];
    expect(validateEvent(plan)).toEqual({
      timeZone: '"Mars/Olympus" is not a time zone this browser knows. Pick one from the list, e.g. America/Chicago.',
      'day1.end': 'Day 1 must end after it starts (09:00).',
      'day2.date': 'Day 2 must come after day 1 (2027-03-13).',
    });
  });

  it('finds nothing wrong with complete basics', () => {
    const plan = createPlan({ now, timeZone: 'Europe/Paris' });
    plan.event.title = 'Summit';
    plan.days[0]!.date = '2027-03-13';
    expect(validateEvent(plan)).toEqual({});
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('parseGroupSize', () => {
  it('reads whole numbers, allows empty and explains anything else', () => {
    expect(parseGroupSize(' 40 ')).toEqual({ ok: true, value: 40 });
    expect(parseGroupSize('')).toEqual({ ok: true, value: null });
    expect(parseGroupSize('forty')).toEqual({ ok: false, error: 'Enter a whole number of people, e.g. 40.' });
    expect(parseGroupSize('0')).toEqual({ ok: false, error: 'Enter a number between 1 and 100,000.' });
    expect(parseGroupSize('4.5')).toEqual({ ok: false, error: 'Enter a whole number of people, e.g. 40.' });
  });
});

describe('summarizePlan and planHasContent', () => {
  it('describes an empty plan as untitled with nothing in it', () => {
    const plan = createPlan({ now });
    expect(summarizePlan(plan)).toEqual({
      title: 'Untitled convening',
      days: 'no date',
      goals: 0,
      items: 0,
      invitees: 0,
      tasks: 0,
    });
    expect(planHasContent(plan)).toBe(false);
  });

  it('counts what a plan holds', () => {
    const plan = createPlan({ now });
    plan.event.title = '  ';
    plan.days = [
      { id: 'a', date: '2027-03-13', start: '09:00', end: '16:00', actualStart: '', items: [] },
      { id: 'b', date: '2027-03-14', start: '09:00', end: '16:00', actualStart: '', items: [] },
    ];
    plan.goals.selected = ['align-needs'];
    expect(summarizePlan(plan)).toMatchObject({
      title: 'Untitled convening',
      days: '2027-03-13 and 2027-03-14',
      goals: 1,
    });
    expect(planHasContent(plan)).toBe(true);
  });

  it('does not count the suggested tasks a new plan starts with, until one is ticked or an own task is added', () => {
    const plan = { ...createPlan({ now }), checklist: startingChecklist(loadContent().checklist) };
    const ticked = { ...plan, checklist: plan.checklist.map((t, i) => ({ ...t, done: i === 0 })) };
    const own = { ...plan, checklist: [{ ...plan.checklist[0]!, id: 'own', templateId: '' }] };
    expect([planHasContent(plan), planHasContent(ticked), planHasContent(own)]).toEqual([false, true, true]);
  });
});
