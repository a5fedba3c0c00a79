import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/domain/invitees';
import { createPlan } from '../../src/domain/plan';
import { $history, undo } from '../../src/stores/history';
import { addInvitee, setInviteeStatus } from '../../src/stores/invitees';
import {
  $autoQuantities,
  $headcount,
  addLine,
  addSuggestedLines,
  setCurrency,
  setTentativeShare,
  updateLine,
} from '../../src/stores/logistics';
import { resetMessageText, setContactField, setMessageText } from '../../src/stores/messages';
import { $plan, replacePlan } from '../../src/stores/plan';
import { markReminded, setInviteeDate, setRsvpStatus } from '../../src/stores/rsvp';
import { loadContent } from '../helpers/content';

const { categories } = loadContent();
const template = { subject: 'Hi {name}', body: 'Body' };
const NOON = new Date(2027, 1, 3, 12, 0);

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

function add(name: string): string {
  const result = addInvitee({ ...emptyDraft('youth'), name }, categories);
  if (!result.ok) throw new Error('not added');
  return result.value;
}

describe('message actions', () => {
  it('keep an edited text, drop it when it equals the template again, and go back to the suggested text', () => {
    setMessageText('invitation', 'es', { subject: 'Hola', body: 'Body' }, template);
    expect($plan.get().messages).toEqual([{ kind: 'invitation', lang: 'es', subject: 'Hola', body: 'Body' }]);
    setMessageText('invitation', 'es', template, template);
    expect($plan.get().messages).toEqual([]);
    setMessageText('thanks', 'en', { subject: 'Thanks', body: 'B' }, template);
    resetMessageText('thanks', 'en');
    expect($plan.get().messages).toEqual([]);
    expect($history.get().undoLabel).toBe('go back to the suggested thanks text');
  });

  it('set the contact one field at a time', () => {
    setContactField('email', 'rosa@example.org');
    expect($plan.get().event.contact).toEqual({ name: '', email: 'rosa@example.org', phone: '' });
  });
});

describe('RSVP actions', () => {
  it('fill the invitation and answer dates from the status, on either page', () => {
    const id = add('Ana');
    setInviteeStatus(id, 'invited', NOON);
    setRsvpStatus(id, 'accepted', new Date(2027, 1, 5, 9, 0));
    const ana = $plan.get().invitees[0]!;
    expect([ana.status, ana.invitedOn, ana.answeredOn]).toEqual(['accepted', '2027-02-03', '2027-02-05']);
    expect(undo()).toBe('change the status of Ana');
    expect($plan.get().invitees[0]!.answeredOn).toBe('');
  });

  it('set a date by hand, ignore one that is not a real date, and note a reminder', () => {
    const id = add('Bo');
    setInviteeDate(id, 'invitedOn', '2027-01-20');
    setInviteeDate(id, 'invitedOn', '2027-02-30');
    markReminded(id, NOON);
    const bo = $plan.get().invitees[0]!;
    expect([bo.invitedOn, bo.remindedOn]).toEqual(['2027-01-20', '2027-02-03']);
  });
});

describe('logistics actions', () => {
  it('follow the answers: food and headcount change when someone accepts', () => {
    const a = add('A');
    const b = add('B');
    setInviteeStatus(a, 'accepted');
    setInviteeStatus(b, 'tentative');
    expect($headcount.get().expected).toBe(2);
    setTentativeShare(0);
    expect($autoQuantities.get().food).toBe(1);
    setInviteeStatus(b, 'accepted');
    expect($autoQuantities.get().food).toBe(2);
  });

  it('add the suggested lines once, edit a line, and refuse a currency that is not a code', () => {
    addSuggestedLines();
    addSuggestedLines();
    expect($plan.get().logistics.lines.map((l) => l.kind)).toEqual([
      'room',
      'food',
      'interpretation',
      'childcare',
      'stipend',
      'materials',
      'printing',
    ]);
    const id = addLine('other', 'Other');
    updateLine(id, { unitCost: 20 });
    expect($plan.get().logistics.lines.at(-1)).toMatchObject({ kind: 'other', auto: false, quantity: 1, unitCost: 20 });
    expect(setCurrency('eur')).toBe(true);
    expect(setCurrency('euro')).toBe(false);
    expect($plan.get().logistics.currency).toBe('EUR');
  });
});
