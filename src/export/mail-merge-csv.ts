/**
 * The mail-merge CSV: one row per invitee with their message, subject and body in their
 * language, for Word, Outlook or Gmail mail merge. Loaded on demand from the messages page.
 */
import type { MessageTemplate } from '../domain/content-schemas';
import {
  addressee,
  LANGUAGE_LABELS,
  fillMessage,
  messageText,
  messageValues,
  personLanguage,
  type MessageKind,
} from '../domain/messages';
import type { Plan } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';
import { toCsv } from './csv';

export const MAIL_MERGE_HEADERS = ['Name', 'Email', 'Organization', 'Category', 'Language', 'Subject', 'Body'] as const;

/** What the builder needs besides the plan: templates, goal titles per language, category names. */
export interface MailMergeContent {
  templates: readonly MessageTemplate[];
  goalTitles: Record<'en' | 'es', readonly string[]>;
  categoryNames: Readonly<Record<string, string>>;
}

/** The CSV text for `kind`, or why none was made (nobody on the list, no text for a language). */
export function mailMergeCsv(plan: Plan, kind: MessageKind, content: MailMergeContent): Result<string> {
  if (plan.invitees.length === 0) return fail('Nobody is on the invitee list yet.');
  const rows: string[][] = [[...MAIL_MERGE_HEADERS]];
  for (const person of plan.invitees) {
    const lang = personLanguage(person);
    const text = messageText(plan.messages, content.templates, kind, lang);
    if (!text) return fail(`There is no ${LANGUAGE_LABELS[lang]} text for this message.`);
    const filled = fillMessage(text, messageValues(plan, content.goalTitles[lang], addressee(person), lang));
    rows.push([
      person.name,
      person.email,
      person.organization,
      content.categoryNames[person.category] ?? person.category,
      LANGUAGE_LABELS[lang],
      filled.subject,
      filled.body.replace(/\n/g, '\r\n'),
    ]);
  }
  return ok(toCsv(rows));
}
