/**
 * RSVP rules: the dates an answer fills in, when a person needs a reminder, and the counts by
 * status and category. `today` is always passed in (`YYYY-MM-DD` at the convener's desk).
 */
import type { StakeholderCategory } from './content-schemas';
import { daysBetween } from './dates';
import { INVITEE_STATUSES } from './invitee-statuses';
import type { Invitee, InviteeStatus } from './plan';

/** Days after the invitation (or the last reminder) without an answer before a reminder is due. */
export const REMIND_AFTER_DAYS = 7;
/** Days before the RSVP-by date from which everyone who has not answered is due a reminder. */
export const REMIND_BEFORE_RSVP_DAYS = 3;

type Dated = Pick<Invitee, 'status' | 'invitedOn' | 'answeredOn' | 'remindedOn'>;

// In ./invitee-statuses.ts so the invitee list's status select brings no more than it needs.
export { withStatus } from './invitee-statuses';

/**
 * Whether a person is due a reminder on `today`: invited, no answer yet, and either
 * `REMIND_AFTER_DAYS` or more since the invitation (or the last reminder, when later), or the
 * RSVP-by date is `REMIND_BEFORE_RSVP_DAYS` days away or less (and not passed) and they were
 * not reminded today. An invitation with no date counts as due.
 */
export function reminderDue(person: Dated, today: string, rsvpBy: string): boolean {
  if (person.status !== 'invited' || person.answeredOn !== '') return false;
  const last = [person.invitedOn, person.remindedOn].filter(Boolean).sort().at(-1) ?? '';
  if (last === '') return true;
  const since = daysBetween(last, today);
  if (since !== null && since >= REMIND_AFTER_DAYS) return true;
  const untilRsvp = daysBetween(today, rsvpBy);
  return untilRsvp !== null && untilRsvp >= 0 && untilRsvp <= REMIND_BEFORE_RSVP_DAYS && since !== 0;
}

/** How many people have each status, per category and in all. */
export interface RsvpCounts {
  total: Record<InviteeStatus, number>;
  /** Categories in the toolkit's order (then any unknown ids), each with its counts. */
  byCategory: { id: string; name: string; counts: Record<InviteeStatus, number> }[];
  /** People due a reminder today. */
  reminders: number;
}

const zero = (): Record<InviteeStatus, number> =>
  Object.fromEntries(INVITEE_STATUSES.map((s) => [s, 0])) as Record<InviteeStatus, number>;

/** Counts by status and by category (only categories someone is in), and reminders due. */
export function rsvpCounts(
  invitees: readonly Invitee[],
  categories: readonly StakeholderCategory[],
  today: string,
  rsvpBy: string,
): RsvpCounts {
  const total = zero();
  const perCategory = new Map<string, Record<InviteeStatus, number>>();
  let reminders = 0;
  for (const person of invitees) {
    total[person.status] += 1;
    let counts = perCategory.get(person.category);
    if (!counts) perCategory.set(person.category, (counts = zero()));
    counts[person.status] += 1;
    if (reminderDue(person, today, rsvpBy)) reminders += 1;
  }
  const known = [...categories].sort((a, b) => a.order - b.order);
  const byCategory = [
    ...known
      .filter((c) => perCategory.has(c.id))
      .map((c) => ({ id: c.id, name: c.name, counts: perCategory.get(c.id)! })),
    ...[...perCategory.keys()]
      .filter((id) => !known.some((c) => c.id === id))
      .map((id) => ({ id, name: id, counts: perCategory.get(id)! })),
  ];
  return { total, byCategory, reminders };
}
