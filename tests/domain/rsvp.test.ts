import { describe, expect, it } from 'vitest';
import { reminderDue, rsvpCounts, withStatus } from '../../src/domain/rsvp';
import type { Invitee } from '../../src/domain/plan';
import { V3_PERSON } from '../helpers/person';

const person = (over: Partial<Invitee> = {}): Invitee => ({
  id: 'p',
  name: 'P',
  organization: '',
  role: '',
  email: '',
  category: 'youth',
  status: 'to-invite',
  planningRole: 'none',
  mediaRelease: false,
  notes: '',
  ...V3_PERSON,
  ...over,
});

const categories = [
  { id: 'youth', name: 'Youth', order: 2, examples: [], why: 'w', callOutIfEmpty: true, coConvenerKind: false },
  { id: 'funders', name: 'Funders', order: 1, examples: [], why: 'w', callOutIfEmpty: true, coConvenerKind: false },
];

describe('an RSVP status change', () => {
  it('fills the invitation date when a person is marked invited, and keeps one already set', () => {
    expect(withStatus(person(), 'invited', '2027-02-01').invitedOn).toBe('2027-02-01');
    expect(withStatus(person({ invitedOn: '2027-01-20' }), 'invited', '2027-02-01').invitedOn).toBe('2027-01-20');
  });

  it('fills the answer date with an answer and leaves it alone going back to invited', () => {
    const answered = withStatus(person({ status: 'invited', invitedOn: '2027-01-20' }), 'accepted', '2027-02-03');
    expect([answered.status, answered.answeredOn]).toEqual(['accepted', '2027-02-03']);
    expect(withStatus(answered, 'invited', '2027-02-04').answeredOn).toBe('2027-02-03');
  });
});

describe('a reminder', () => {
  const invited = person({ status: 'invited', invitedOn: '2027-02-01' });
  it('is due 7 days after the invitation without an answer, not 6', () => {
    expect(reminderDue(invited, '2027-02-07', '')).toBe(false);
    expect(reminderDue(invited, '2027-02-08', '')).toBe(true);
  });

  it('counts from the last reminder when there was one', () => {
    expect(reminderDue({ ...invited, remindedOn: '2027-02-08' }, '2027-02-10', '')).toBe(false);
    expect(reminderDue({ ...invited, remindedOn: '2027-02-08' }, '2027-02-15', '')).toBe(true);
  });

  it('is due from 3 days before the RSVP-by date, unless reminded today or the date has passed', () => {
    expect(reminderDue(invited, '2027-02-03', '2027-02-06')).toBe(true);
    expect(reminderDue(invited, '2027-02-02', '2027-02-06')).toBe(false);
    expect(reminderDue({ ...invited, remindedOn: '2027-02-03' }, '2027-02-03', '2027-02-06')).toBe(false);
    expect(reminderDue({ ...invited, invitedOn: '2027-02-05' }, '2027-02-07', '2027-02-06')).toBe(false);
  });

  it('is never due for someone who answered or was not invited; an undated invitation is due', () => {
    expect(reminderDue(person({ status: 'accepted', invitedOn: '2027-01-01' }), '2027-03-01', '')).toBe(false);
    expect(reminderDue(person(), '2027-03-01', '')).toBe(false);
    expect(reminderDue(person({ status: 'invited' }), '2027-03-01', '')).toBe(true);
  });
});

describe('RSVP counts', () => {
  it('count by status and by category in the toolkit order, with reminders due', () => {
    const people = [
      person({ id: 'a', status: 'accepted' }),
      person({ id: 'b', status: 'invited', invitedOn: '2027-01-01' }),
      person({ id: 'c', status: 'declined', category: 'funders' }),
      person({ id: 'd', status: 'tentative', category: 'gone' }),
    ];
    expect(rsvpCounts(people, categories, '2027-02-01', '')).toEqual({
      total: { 'to-invite': 0, invited: 1, accepted: 1, tentative: 1, declined: 1 },
      byCategory: [
        {
          id: 'funders',
          name: 'Funders',
          counts: { 'to-invite': 0, invited: 0, accepted: 0, tentative: 0, declined: 1 },
        },
        { id: 'youth', name: 'Youth', counts: { 'to-invite': 0, invited: 1, accepted: 1, tentative: 0, declined: 0 } },
        { id: 'gone', name: 'gone', counts: { 'to-invite': 0, invited: 0, accepted: 0, tentative: 1, declined: 0 } },
      ],
      reminders: 1,
    });
  });
});
