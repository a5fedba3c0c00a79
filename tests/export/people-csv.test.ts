import { describe, expect, it } from 'vitest';
import { budgetCsv } from '../../src/export/budget-csv';
import { mailMergeCsv } from '../../src/export/mail-merge-csv';
import { createPlan, type Invitee, type Plan } from '../../src/domain/plan';
import { V3_PERSON } from '../helpers/person';

const person = (over: Partial<Invitee>): Invitee => ({
  id: 'p',
  name: '',
  organization: '',
  role: '',
  email: '',
  category: 'youth',
  status: 'accepted',
  planningRole: 'none',
  mediaRelease: false,
  notes: '',
  ...V3_PERSON,
  ...over,
});

function plan(): Plan {
  const p = createPlan({ timeZone: 'UTC' });
  return {
    ...p,
    event: { ...p.event, title: 'Summit', venue: '=HYPERLINK("x")' },
    invitees: [
      person({ id: 'a', name: 'José Núñez', email: 'jose@example.org', language: 'es', organization: 'Club' }),
      person({ id: 'b', name: '+Bo', status: 'tentative' }),
    ],
  };
}

const templates = [
  {
    id: 'invitation-en',
    kind: 'invitation' as const,
    lang: 'en' as const,
    subject: 'Hi {event}',
    body: 'Dear {name},\nAt {venue}',
  },
  {
    id: 'invitation-es',
    kind: 'invitation' as const,
    lang: 'es' as const,
    subject: 'Hola {event}',
    body: 'Hola {name}:\n{venue}',
  },
];
const content = { templates, goalTitles: { en: [], es: [] }, categoryNames: { youth: 'Youth' } };

describe('the mail-merge CSV', () => {
  it('has one row per person with their language, subject and body, a BOM and the formula guard', () => {
    expect(mailMergeCsv(plan(), 'invitation', content)).toEqual({
      ok: true,
      value:
        '\uFEFF"Name","Email","Organization","Category","Language","Subject","Body"\r\n' +
        '"José Núñez","jose@example.org","Club","Youth","Spanish (Español)","Hola Summit","Hola José Núñez:\r\n\'=HYPERLINK(""x"")"\r\n' +
        '"\'+Bo","","","Youth","English","Hi Summit","Dear +Bo,\r\nAt =HYPERLINK(""x"")"\r\n',
    });
  });

  it('says why when the list is empty or a language has no text', () => {
    expect(mailMergeCsv({ ...plan(), invitees: [] }, 'invitation', content)).toEqual({
      ok: false,
      error: 'Nobody is on the invitee list yet.',
    });
    expect(mailMergeCsv(plan(), 'thanks', content)).toEqual({
      ok: false,
      error: 'There is no Spanish (Español) text for this message.',
    });
  });
});

describe('the budget CSV', () => {
  it('lists every line with its quantity and total, then the total and the headcount', () => {
    const p = plan();
    p.logistics.lines = [
      { id: 'l1', kind: 'food', label: 'Lunch', auto: true, quantity: 0, unitCost: 12.5, notes: '' },
      { id: 'l2', kind: 'printing', label: 'Handouts', auto: false, quantity: 40, unitCost: 0.15, notes: '-cheap' },
    ];
    expect(budgetCsv(p)).toBe(
      '\uFEFF"Kind","Item","Quantity","Automatic","Unit cost","Total","Currency","Notes"\r\n' +
        '"Food","Lunch","2","Yes","12.50","25.00","USD",""\r\n' +
        '"Printing","Handouts","40","No","0.15","6.00","USD","\'-cheap"\r\n' +
        '"Total","","","","","31.00","USD",""\r\n' +
        '"Expected headcount","1 accepted + 50% of 1 tentative = 2 expected.","","","","","",""\r\n',
    );
  });
});
