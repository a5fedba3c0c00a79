/**
 * Search, filter and sort for the invitee table. Pure and linear so that typing in the search
 * box stays quick on a list of thousands: the table sorts and indexes the list once per change
 * of the list or sort order, and each keystroke only scans the prepared lower-case texts.
 */
import type { StakeholderCategory } from './content-schemas';
import { INVITEE_STATUSES } from './invitee-statuses';
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

/**
 * A list prepared for searching: each person's searchable text (name, organization, role,
 * email, notes), lower-cased once. Built when the list or its order changes, not per keystroke,
 * so typing in the search box only compares strings.
 */
export interface InviteeSearchIndex {
  people: readonly Invitee[];
  /** `texts[i]` is the lower-cased searchable text of `people[i]`. */
  texts: readonly string[];
}

/** The search index of `invitees`, in their order. */
export function searchIndex(invitees: readonly Invitee[]): InviteeSearchIndex {
  return {
    people: invitees,
    texts: invitees.map((p) => `${p.name}\n${p.organization}\n${p.role}\n${p.email}\n${p.notes}`.toLowerCase()),
  };
}

/** The indexed people that match every part of `filter`, in the index's order. */
export function searchInvitees(index: InviteeSearchIndex, filter: InviteeFilter): Invitee[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const { people, texts } = index;
  if (words.length === 0 && !filter.category && !filter.status) return people.slice();
  const found: Invitee[] = [];
  for (let i = 0; i < people.length; i += 1) {
    const p = people[i]!;
    if (filter.category && p.category !== filter.category) continue;
    if (filter.status && p.status !== filter.status) continue;
    const text = texts[i]!;
    if (words.every((word) => text.includes(word))) found.push(p);
  }
  return found;
}

/** The invitees that match every part of `filter`, in their original order. */
export function filterInvitees(invitees: readonly Invitee[], filter: InviteeFilter): Invitee[] {
  return searchInvitees(searchIndex(invitees), filter);
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
