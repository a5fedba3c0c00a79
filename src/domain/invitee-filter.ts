/**
 * Search, filter and sort for the invitee table. Pure and linear so that typing in the search
 * box stays quick on a list of thousands (one pass, lower-casing each field once per call).
 */
import type { StakeholderCategory } from './content-schemas';
import { INVITEE_STATUSES } from './invitees';
import type { Invitee, InviteeStatus } from './plan';

export interface InviteeFilter {
  /** Words to find in name, organization, role, email or notes (all words must appear). */
  query: string;
  /** Category id, or '' for all. */
  category: string;
  /** Status, or '' for all. */
  status: InviteeStatus | '';
}

export const SORT_KEYS = ['name', 'organization', 'category', 'status'] as const;
export type InviteeSortKey = (typeof SORT_KEYS)[number];

export const NO_FILTER: InviteeFilter = { query: '', category: '', status: '' };

/** The invitees that match every part of `filter`, in their original order. */
export function filterInvitees(invitees: readonly Invitee[], filter: InviteeFilter): Invitee[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !filter.category && !filter.status) return invitees.slice();
  return invitees.filter((p) => {
    if (filter.category && p.category !== filter.category) return false;
    if (filter.status && p.status !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = `${p.name}\n${p.organization}\n${p.role}\n${p.email}\n${p.notes}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A sorted copy: by name or organization alphabetically (accents and case ignored), by
 * category in the toolkit's order, by status in the RSVP order (to invite … declined);
 * ties keep name order.
 */
export function sortInvitees(
  invitees: readonly Invitee[],
  key: InviteeSortKey,
  categories: readonly StakeholderCategory[],
): Invitee[] {
  const byName = (a: Invitee, b: Invitee) => collator.compare(a.name, b.name);
  const categoryRank = new Map(categories.map((c) => [c.id, c.order]));
  const statusRank = new Map(INVITEE_STATUSES.map((s, i) => [s, i]));
  const rank: Record<InviteeSortKey, (a: Invitee, b: Invitee) => number> = {
    name: () => 0,
    organization: (a, b) => collator.compare(a.organization, b.organization),
    category: (a, b) =>
      (categoryRank.get(a.category) ?? Number.MAX_SAFE_INTEGER) -
      (categoryRank.get(b.category) ?? Number.MAX_SAFE_INTEGER),
    status: (a, b) => (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0),
  };
  const compare = rank[key];
  return invitees.slice().sort((a, b) => compare(a, b) || byName(a, b));
}

/** One page of a list: `page` counts from 1 and is clamped to the pages that exist. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
