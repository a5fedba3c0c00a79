import { describe, expect, it } from 'vitest';
import { copyForNextEvent, listEntry } from '../../src/domain/plan-copy';
import { blankItem } from '../../src/domain/agenda-edit';
import { createPlan, emptyOutcomes, type Plan } from '../../src/domain/plan';
import { V3_PERSON } from '../helpers/person';

function heldPlan(): Plan {
  const plan = createPlan({ timeZone: 'America/Chicago', now: new Date('2026-03-01T12:00:00Z') });
  plan.id = 'spring-2027';
  plan.event.title = 'Spring convening';
  plan.days = [
    {
      id: 'd1',
      date: '2027-03-17',
      start: '08:30',
      end: '16:00',
      actualStart: '08:40',
      items: [{ ...blankItem('i1'), actualMinutes: 45, heard: 'More tutors in grade 3.' }],
    },
    { id: 'd2', date: '2027-03-18', start: '09:00', end: '15:00', actualStart: '', items: [] },
  ];
  plan.invitees = [
    {
      ...V3_PERSON,
      id: 'p1',
      name: 'Ana Núñez',
      organization: 'Riverside Unified',
      role: 'Director',
      email: 'ana@example.org',
      category: 'district',
      status: 'accepted',
      planningRole: 'co-convener',
      mediaRelease: true,
      notes: 'Brings the attendance data',
      invitedOn: '2027-01-10',
      answeredOn: '2027-01-12',
      remindedOn: '2027-02-01',
      language: 'es',
      needs: { ...V3_PERSON.needs, dietary: 'vegetarian', childcare: 2 },
      attended: true,
    },
  ];
  plan.outcomes.commitments = [
    {
      id: 'c1',
      organization: 'Riverside Unified',
      person: 'Ana Núñez',
      inviteeId: 'p1',
      what: 'Share data',
      due: '2027-04-01',
    },
  ];
  plan.preferences.paperSize = 'a4';
  plan.messages = [{ kind: 'invitation', lang: 'es', subject: 'Invitación', body: 'Hola {name}' }];
  plan.checklist = [
    {
      id: 't1',
      templateId: 'thank-you',
      title: 'Send thank-you notes',
      detail: '',
      phase: 'after',
      offsetDays: 2,
      owner: 'Ana',
      done: true,
    },
  ];
  return plan;
}

describe('copyForNextEvent', () => {
  it('keeps the plan but clears the dates, the event day and the outcomes, resets statuses, RSVP dates and done flags, with a new id', () => {
    const plan = heldPlan();
    const copy = copyForNextEvent(plan, { id: 'spring-2028', now: new Date('2027-04-01T09:00:00Z') });
    expect(copy).toEqual({
      ...plan,
      id: 'spring-2028',
      createdAt: '2027-04-01T09:00:00.000Z',
      days: [
        { id: 'd1', date: '', start: '08:30', end: '16:00', actualStart: '', items: [blankItem('i1')] },
        { id: 'd2', date: '', start: '09:00', end: '15:00', actualStart: '', items: [] },
      ],
      invitees: [
        {
          ...plan.invitees[0],
          status: 'to-invite',
          invitedOn: '',
          answeredOn: '',
          remindedOn: '',
          attended: false,
        },
      ],
      checklist: [{ ...plan.checklist[0], done: false }],
      outcomes: emptyOutcomes(),
    });
    // Carried over: the person's language and needs, the edited messages, the paper size.
    expect(copy.invitees[0]!.needs.childcare).toBe(2);
    expect(copy.messages).toEqual(plan.messages);
    expect(copy.preferences.paperSize).toBe('a4');
  });

  it('leaves the original plan untouched', () => {
    const plan = heldPlan();
    copyForNextEvent(plan, { id: 'copy' });
    expect(plan).toEqual(heldPlan());
  });

  it('gives every copy a different id when none is given', () => {
    const plan = heldPlan();
    expect(copyForNextEvent(plan).id).not.toBe(copyForNextEvent(plan).id);
  });
});

describe('listEntry', () => {
  it("is the plan's trimmed title and its days' dates", () => {
    const plan = heldPlan();
    plan.event.title = '  Spring convening ';
    expect(listEntry(plan)).toEqual({ title: 'Spring convening', dates: ['2027-03-17', '2027-03-18'] });
  });
});
