/**
 * Commitments made at the event as follow-up checklist tasks, marked with the commitment's id so
 * that doing it again updates them instead of adding them twice.
 */
import { datedDays } from './checklist';
import { daysBetween } from './dates';
import type { ChecklistItem, Commitment, EventDay } from './plan';

/** The checklist template id that marks the task made from commitment `id`. */
export function commitmentTemplateId(id: string): string {
  return `commitment:${id}`.slice(0, 64);
}

/** What turning commitments into tasks did. */
export interface CommitmentTasks {
  checklist: ChecklistItem[];
  added: number;
  updated: number;
  /** Commitments left out: nothing written under "what", or no room left on the checklist. */
  skipped: number;
}

const MAX_TASKS = 500;

/**
 * The checklist with one "after the event" task per commitment: what is promised as the title,
 * the person (or organisation) as owner, due on the commitment's date (counted from the last
 * event day; on that day when the date is missing or earlier). A task made before is updated in
 * place (its done state kept), found by its template id, so doing this twice adds nothing twice.
 */
export function commitmentTasks(
  checklist: readonly ChecklistItem[],
  commitments: readonly Commitment[],
  days: readonly EventDay[],
  newId: () => string,
): CommitmentTasks {
  const lastDay = datedDays(days).at(-1)?.day.date ?? '';
  const out = [...checklist];
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const commitment of commitments) {
    const title = commitment.what.trim().replace(/\s+/g, ' ').slice(0, 300);
    if (!title) {
      skipped += 1;
      continue;
    }
    const templateId = commitmentTemplateId(commitment.id);
    const who = [commitment.person.trim(), commitment.organization.trim()].filter(Boolean);
    const offset = daysBetween(lastDay, commitment.due) ?? 0;
    const fields = {
      title,
      detail: who.length ? `Committed at the convening by ${who.join(', ')}.` : 'Committed at the convening.',
      phase: 'after' as const,
      offsetDays: Math.min(365, Math.max(0, offset)),
      owner: (who[0] ?? '').slice(0, 200),
    };
    const at = out.findIndex((task) => task.templateId === templateId);
    if (at >= 0) {
      const before = out[at]!;
      const next = { ...before, ...fields };
      if (JSON.stringify(next) !== JSON.stringify(before)) {
        out[at] = next;
        updated += 1;
      }
    } else if (out.length < MAX_TASKS) {
      out.push({ id: newId(), templateId, done: false, ...fields });
      added += 1;
    } else {
      skipped += 1;
    }
  }
  return { checklist: out, added, updated, skipped };
}
