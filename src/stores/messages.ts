/**
 * Messages and RSVPs: the edited message texts (plan.messages), the RSVP-by date and contact,
 * copying a message. The mail-merge file is in ./mail-merge.ts, loaded on demand.
 */
import { computed } from 'nanostores';
import type { MessageKind, MessageLang, MessageText } from '../domain/messages';
import type { Message } from '../domain/plan';
import { $plan, updatePart, updatePlan } from './plan';

export const $messages = computed($plan, (plan) => plan.messages);

/**
 * Keeps the convener's text for `kind` and `lang`; a text equal to the template is not kept, so
 * later template improvements still reach it. Typing in one message is one undo step.
 */
export function setMessageText(kind: MessageKind, lang: MessageLang, text: MessageText, template: MessageText): void {
  const same = text.subject === template.subject && text.body === template.body;
  updatePart(
    'messages',
    `edit the ${kind} text`,
    (list) => {
      const others = list.filter((m) => !(m.kind === kind && m.lang === lang));
      if (same) return others.length === list.length ? list : others;
      const message: Message = { kind, lang, subject: text.subject, body: text.body };
      return [...others, message];
    },
    `messages.${kind}.${lang}`,
  );
}

/** Goes back to the suggested text for `kind` and `lang`. */
export function resetMessageText(kind: MessageKind, lang: MessageLang): void {
  updatePart('messages', `go back to the suggested ${kind} text`, (list) => {
    const others = list.filter((m) => !(m.kind === kind && m.lang === lang));
    return others.length === list.length ? list : others;
  });
}

/** Sets one part of the contact people write to with questions. */
export function setContactField(key: 'name' | 'email' | 'phone', value: string): void {
  updatePlan(
    'change the contact',
    (plan) =>
      plan.event.contact[key] === value
        ? plan
        : { ...plan, event: { ...plan.event, contact: { ...plan.event.contact, [key]: value } } },
    `event.contact.${key}`,
  );
}

/** Copies a message (subject line, blank line, body) to the clipboard; false when the browser refuses. */
export async function copyMessage(text: MessageText): Promise<boolean> {
  const { copyText } = await import('../platform/clipboard');
  return copyText(`${text.subject}\n\n${text.body}`);
}
