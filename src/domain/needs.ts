/**
 * Accommodations: what people asked for to take part, summed for planning (interpretation per
 * language, children for childcare, stipends, transport, dietary and access needs).
 */
import type { Invitee, InviteeNeeds } from './plan';

/** The sums for the people who may come (everyone who has not declined). */
export interface NeedsTotals {
  /** Language → how many asked for interpretation into it, most asked first (then by name). */
  interpretation: { language: string; people: number }[];
  children: number;
  stipends: number;
  transport: number;
  dietary: number;
  access: number;
}

/** Language names compared without case or extra spaces: "spanish " and "Spanish" are one. */
const languageKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Totals over `invitees` who have not declined; the first spelling of a language names it. */
export function needsTotals(invitees: readonly Pick<Invitee, 'status' | 'needs'>[]): NeedsTotals {
  const languages = new Map<string, { language: string; people: number }>();
  const totals: NeedsTotals = { interpretation: [], children: 0, stipends: 0, transport: 0, dietary: 0, access: 0 };
  for (const { status, needs } of invitees) {
    if (status === 'declined') continue;
    const key = languageKey(needs.interpretation);
    if (key) {
      const entry = languages.get(key) ?? { language: needs.interpretation.trim().replace(/\s+/g, ' '), people: 0 };
      entry.people += 1;
      languages.set(key, entry);
    }
    totals.children += needs.childcare;
    if (needs.stipend) totals.stipends += 1;
    if (needs.transport) totals.transport += 1;
    if (needs.dietary.trim()) totals.dietary += 1;
    if (needs.access.trim()) totals.access += 1;
  }
  totals.interpretation = [...languages.values()].sort(
    (a, b) => b.people - a.people || a.language.localeCompare(b.language),
  );
  return totals;
}

/** A person's needs in a few words for a table cell, e.g. `Interpretation: Spanish · 2 children · Stipend`. */
export function needsSummary(needs: InviteeNeeds): string {
  const parts: string[] = [];
  if (needs.interpretation.trim()) parts.push(`Interpretation: ${needs.interpretation.trim()}`);
  if (needs.childcare > 0) parts.push(needs.childcare === 1 ? '1 child' : `${needs.childcare} children`);
  if (needs.transport) parts.push('Transport');
  if (needs.stipend) parts.push('Stipend');
  if (needs.dietary.trim()) parts.push(`Dietary: ${needs.dietary.trim()}`);
  if (needs.access.trim()) parts.push(`Access: ${needs.access.trim()}`);
  return parts.join(' · ');
}
