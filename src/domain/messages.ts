/**
 * Messages to invitees (invitation, reminder, pre-work, thank-you) filled from the plan. The
 * texts come from content/messages.yaml; a text the convener edited (plan.messages) replaces the
 * template for its kind and language until they go back to the suggested text.
 */
import type { MessageTemplate } from './content-schemas';
import { longDate } from './dates';
import type { Invitee, Message, Plan } from './plan';

export type MessageKind = Message['kind'];
export type MessageLang = Message['lang'];

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  invitation: 'Invitation',
  reminder: 'Reminder',
  prework: 'Pre-work',
  thanks: 'Thank-you',
};

export const LANGUAGE_LABELS: Record<MessageLang, string> = { en: 'English', es: 'Spanish (Español)' };

// Plain `es`: 24-hour times, as Spanish speakers in the US and elsewhere mostly read them.
const LOCALES: Record<MessageLang, string> = { en: 'en-US', es: 'es' };
const AND: Record<MessageLang, string> = { en: 'and', es: 'y' };

/** A subject and body ready to send (or a template before filling). */
export interface MessageText {
  subject: string;
  body: string;
}

/** The language a person's messages are written in: their own, or English when not set. */
export function personLanguage(person: Pick<Invitee, 'language'>): MessageLang {
  return person.language === 'es' ? 'es' : 'en';
}

/** How a message addresses a person: their name, or their organisation when the list has no name. */
export function addressee(person: Pick<Invitee, 'name' | 'organization'>): string {
  return person.name.trim() || person.organization.trim();
}

/** The convener's edited text for `kind` and `lang`, else the template; null when neither exists. */
export function messageText(
  messages: readonly Message[],
  templates: readonly MessageTemplate[],
  kind: MessageKind,
  lang: MessageLang,
): (MessageText & { edited: boolean }) | null {
  const edited = messages.find((m) => m.kind === kind && m.lang === lang);
  if (edited) return { subject: edited.subject, body: edited.body, edited: true };
  const template = templates.find((t) => t.kind === kind && t.lang === lang);
  return template ? { subject: template.subject, body: template.body, edited: false } : null;
}

/** A wall time `HH:mm` in the language's usual form: `9:00 AM` (en), `9:00` (es). */
export function wallTime(time: string, lang: MessageLang): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return (
    new Intl.DateTimeFormat(LOCALES[lang], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2000, 0, 1, h, m)))
      // Newer Intl data puts a narrow no-break space before AM/PM; mail text gets a plain one.
      .replace(/[\u202f\u00a0]/g, ' ')
  );
}

/**
 * The event's days with their times at the venue, e.g. `Saturday, March 13, 2027, 9:00 AM–4:00 PM`;
 * days without a date are left out, two days are joined by "and" / "y".
 */
export function eventWhen(plan: Pick<Plan, 'days'>, lang: MessageLang): string {
  return plan.days
    .filter((day) => day.date !== '')
    .map((day) => `${longDate(day.date, LOCALES[lang])}, ${wallTime(day.start, lang)}–${wallTime(day.end, lang)}`)
    .join(` ${AND[lang]} `);
}

/** What the placeholders are filled with; empty values drop the lines they are on. */
export type MessageValues = Record<
  'name' | 'event' | 'dates' | 'venue' | 'goals' | 'rsvpBy' | 'contact' | 'convener',
  string
>;

/**
 * The plan's values for a person's message: goal titles as a `- ` list (in the order chosen),
 * the RSVP date in words, the contact as "name, email, phone" (whichever are set).
 */
export function messageValues(
  plan: Pick<Plan, 'event' | 'days'>,
  goalTitles: readonly string[],
  personName: string,
  lang: MessageLang,
): MessageValues {
  const { contact } = plan.event;
  return {
    name: personName.trim(),
    event: plan.event.title.trim(),
    dates: eventWhen(plan, lang),
    venue: plan.event.venue.trim(),
    goals: goalTitles.map((title) => `- ${title}`).join('\n'),
    rsvpBy: longDate(plan.event.rsvpBy, LOCALES[lang]),
    contact: [contact.name, contact.email, contact.phone]
      .map((part) => part.trim())
      .filter(Boolean)
      .join(', '),
    convener: plan.event.convener.trim(),
  };
}

const PLACEHOLDER = /\{(name|event|dates|venue|goals|rsvpBy|contact|convener)\}/g;

/**
 * Fills `{placeholders}` in `text`. A line holding a placeholder whose value is empty is left
 * out (no "Where: " with nothing after it), and the blank lines that leaves are collapsed.
 * Unknown `{words}` stay as typed.
 */
export function fillText(text: string, values: MessageValues): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const names = [...line.matchAll(PLACEHOLDER)].map((m) => m[1] as keyof MessageValues);
    if (names.some((name) => values[name] === '')) continue;
    kept.push(line.replace(PLACEHOLDER, (_, name: keyof MessageValues) => values[name]));
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A message filled for one person. The subject is one line and never dropped: an empty value
 * leaves nothing in its place, and a dangling `:` or `-` at the end goes.
 */
export function fillMessage(text: MessageText, values: MessageValues): MessageText {
  const subject = text.subject
    .replace(PLACEHOLDER, (_, name: keyof MessageValues) => values[name])
    .replace(/\s+/g, ' ')
    .replace(/[\s:–-]+$/, '')
    .trim();
  return { subject, body: fillText(text.body, values) };
}
