import { describe, expect, it } from 'vitest';
import {
  eventWhen,
  fillMessage,
  fillText,
  messageText,
  messageValues,
  personLanguage,
} from '../../src/domain/messages';
import { mailtoEncode, mailtoHref } from '../../src/domain/mailto';
import { createPlan, type Plan } from '../../src/domain/plan';
import type { MessageTemplate } from '../../src/domain/content-schemas';

function plan(): Plan {
  const p = createPlan({ now: new Date('2027-01-01T00:00:00Z'), timeZone: 'America/Chicago' });
  return {
    ...p,
    event: {
      ...p.event,
      title: 'Tutoring Summit',
      convener: 'Ana Ruiz',
      venue: 'Lincoln High',
      rsvpBy: '2027-03-01',
      contact: { name: 'Ana Ruiz', email: 'ana@example.org', phone: '' },
    },
    days: [{ ...p.days[0]!, date: '2027-03-13', start: '09:00', end: '16:30' }],
  };
}

const templates: MessageTemplate[] = [
  {
    id: 'invitation-en',
    kind: 'invitation',
    lang: 'en',
    subject: 'Invited: {event}',
    body: 'Dear {name},\nWhere: {venue}',
  },
  { id: 'invitation-es', kind: 'invitation', lang: 'es', subject: 'Invitación: {event}', body: 'Hola {name}' },
];

describe('message texts', () => {
  it('use the edited text for a kind and language, else the template', () => {
    const edited = [{ kind: 'invitation' as const, lang: 'es' as const, subject: 'S', body: 'B' }];
    expect(messageText(edited, templates, 'invitation', 'es')).toEqual({ subject: 'S', body: 'B', edited: true });
    expect(messageText(edited, templates, 'invitation', 'en')).toEqual({
      subject: 'Invited: {event}',
      body: 'Dear {name},\nWhere: {venue}',
      edited: false,
    });
    expect(messageText([], templates, 'thanks', 'en')).toBeNull();
  });

  it('write English for people without a language and Spanish for es', () => {
    expect([
      personLanguage({ language: '' }),
      personLanguage({ language: 'en' }),
      personLanguage({ language: 'es' }),
    ]).toEqual(['en', 'en', 'es']);
  });

  it('give the day and its times at the venue in each language', () => {
    expect(eventWhen(plan(), 'en')).toBe('Saturday, March 13, 2027, 9:00 AM–4:30 PM');
    expect(eventWhen(plan(), 'es')).toBe('sábado, 13 de marzo de 2027, 9:00–16:30');
  });

  it('fill every placeholder from the plan, goals as a list', () => {
    expect(messageValues(plan(), ['Align on needs', 'Set goals'], ' José ', 'en')).toEqual({
      name: 'José',
      event: 'Tutoring Summit',
      dates: 'Saturday, March 13, 2027, 9:00 AM–4:30 PM',
      venue: 'Lincoln High',
      goals: '- Align on needs\n- Set goals',
      rsvpBy: 'Monday, March 1, 2027',
      contact: 'Ana Ruiz, ana@example.org',
      convener: 'Ana Ruiz',
    });
  });

  it('leave out lines whose placeholder is empty and collapse the blank lines left', () => {
    const values = { ...messageValues(plan(), [], 'Zoë', 'en'), venue: '' };
    expect(fillText('Dear {name},\n\nWhere: {venue}\n\n{goals}\n\nBye {unknown}', values)).toBe(
      'Dear Zoë,\n\nBye {unknown}',
    );
  });

  it('fill a Spanish message for a person with an accented name', () => {
    const values = messageValues(plan(), [], 'Begoña Núñez', 'es');
    expect(fillMessage({ subject: 'Invitación: {event}', body: 'Hola {name}:\r\nAntes del {rsvpBy}' }, values)).toEqual(
      {
        subject: 'Invitación: Tutoring Summit',
        body: 'Hola Begoña Núñez:\nAntes del lunes, 1 de marzo de 2027',
      },
    );
  });
});

describe('mailto links', () => {
  it('percent-encode accents, &, ?, # and line breaks as CRLF', () => {
    expect(mailtoEncode('Núñez & Co? #1\nok')).toBe('N%C3%BA%C3%B1ez%20%26%20Co%3F%20%231%0D%0Aok');
  });

  it('put the address, subject and body in one link that decodes back exactly', () => {
    const result = mailtoHref('josé@example.org', { subject: 'Hola José', body: 'Línea 1\nLínea 2' });
    expect(result).toEqual({
      ok: true,
      value: 'mailto:jos%C3%A9@example.org?subject=Hola%20Jos%C3%A9&body=L%C3%ADnea%201%0D%0AL%C3%ADnea%202',
    });
  });

  it('refuse a link longer than the limit and say why', () => {
    expect(mailtoHref('a@b.org', { subject: 'S', body: 'x'.repeat(100) }, 80)).toEqual({
      ok: false,
      error:
        'This message is too long to open in a mail program (130 characters as a link; mail programs accept about 80). Copy the text instead.',
    });
  });
});

describe('a subject line', () => {
  it('stays when a value is missing, without a dangling colon', () => {
    const values = { ...messageValues(plan(), [], 'Zoë', 'en'), event: '' };
    expect(fillMessage({ subject: 'You are invited: {event}', body: 'Hi' }, values).subject).toBe('You are invited');
  });
});
