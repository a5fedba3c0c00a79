import { describe, expect, it } from 'vitest';
import { messageTemplateSchema } from '../../src/domain/content-schemas';
import { fillMessage, messageValues } from '../../src/domain/messages';
import { createPlan, MESSAGE_KINDS, MESSAGE_LANGUAGES } from '../../src/domain/plan';
import { readYaml, validate } from '../helpers/content';

const templates = (readYaml('messages.yaml') as unknown[]).map((item, i) =>
  validate(messageTemplateSchema, item, `messages.yaml [${i}]`),
);

describe('content/messages.yaml', () => {
  it('has every message kind in English and Spanish, once each, with ids naming kind and language', () => {
    const keys = templates.map((t) => `${t.kind}-${t.lang}`);
    expect(keys.sort()).toEqual(MESSAGE_KINDS.flatMap((k) => MESSAGE_LANGUAGES.map((l) => `${k}-${l}`)).sort());
    expect(templates.every((t) => t.id === `${t.kind}-${t.lang}`)).toBe(true);
  });

  it('uses only placeholders the planner fills', () => {
    const used = new Set(templates.flatMap((t) => [...`${t.subject}${t.body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
    expect([...used].sort()).toEqual(['contact', 'convener', 'dates', 'event', 'goals', 'name', 'rsvpBy', 'venue']);
  });

  it('fills the Spanish invitation for an empty plan without a line left half-empty', () => {
    const spanish = templates.find((t) => t.id === 'invitation-es')!;
    const filled = fillMessage(spanish, messageValues(createPlan({ timeZone: 'UTC' }), [], 'Begoña', 'es'));
    expect(filled.subject).toBe('Le invitamos');
    expect(filled.body.split('\n').slice(0, 2)).toEqual(['Estimado/a Begoña:', '']);
    expect(filled.body).not.toMatch(/Cuándo:|Dónde:|\{/);
  });
});
