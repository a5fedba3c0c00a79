/**
 * Who is (not yet) in the room: counts per stakeholder category and per status, the groups
 * nobody represents (youth and families called out, as the toolkit suggests inviting them, and funders, our addition),
 * accepted people against the target group size, co-conveners and committee members.
 */
import type { StakeholderCategory } from './content-schemas';
import { INVITEE_STATUSES } from './invitees';
import type { Invitee, InviteeStatus } from './plan';

export interface CategoryCount {
  id: string;
  name: string;
  /** Everyone in the category, whatever their status. */
  total: number;
  accepted: number;
  /** Invited, accepted or tentative: people who may come (declined and to-invite excluded). */
  active: number;
  /** An empty category the toolkit asks us to flag (youth, families, funders). */
  callOut: boolean;
}

export interface InviteeCoverage {
  total: number;
  byStatus: Record<InviteeStatus, number>;
  /** Every category in content order, then any category id the plan has but content lacks. */
  byCategory: CategoryCount[];
  /** Names of categories with nobody in them (declined people do not count as coverage). */
  emptyCategories: string[];
  /** The empty categories flagged by content, e.g. ["Families and caregivers", "Youth"]. */
  calledOut: string[];
  accepted: number;
  targetGroupSize: number | null;
  /** People still needed to reach the target with accepted people; 0 when reached; null with no target. */
  stillNeeded: number | null;
  coConveners: number;
  committee: number;
}

/** Coverage of `invitees` over `categories`; a category counts as covered by anyone who has not declined. */
export function inviteeCoverage(
  invitees: readonly Invitee[],
  categories: readonly StakeholderCategory[],
  targetGroupSize: number | null,
): InviteeCoverage {
  const byStatus = Object.fromEntries(INVITEE_STATUSES.map((s) => [s, 0])) as Record<InviteeStatus, number>;
  const counts = new Map<string, CategoryCount>(
    categories.map((c) => [c.id, { id: c.id, name: c.name, total: 0, accepted: 0, active: 0, callOut: false }]),
  );
  let coConveners = 0;
  let committee = 0;
  const notDeclined = new Map<string, number>();
  for (const person of invitees) {
    byStatus[person.status] += 1;
    let count = counts.get(person.category);
    if (!count) {
      count = { id: person.category, name: person.category, total: 0, accepted: 0, active: 0, callOut: false };
      counts.set(person.category, count);
    }
    count.total += 1;
    if (person.status === 'accepted') count.accepted += 1;
    if (person.status === 'accepted' || person.status === 'invited' || person.status === 'tentative') count.active += 1;
    if (person.status !== 'declined') notDeclined.set(person.category, (notDeclined.get(person.category) ?? 0) + 1);
    if (person.planningRole === 'co-convener') coConveners += 1;
    if (person.planningRole === 'committee') committee += 1;
  }
  const emptyCategories: string[] = [];
  const calledOut: string[] = [];
  for (const category of categories) {
    if ((notDeclined.get(category.id) ?? 0) > 0) continue;
    emptyCategories.push(category.name);
    if (category.callOutIfEmpty) {
      calledOut.push(category.name);
      counts.get(category.id)!.callOut = true;
    }
  }
  const accepted = byStatus.accepted;
  return {
    total: invitees.length,
    byStatus,
    byCategory: [...counts.values()],
    emptyCategories,
    calledOut,
    accepted,
    targetGroupSize,
    stillNeeded: targetGroupSize === null ? null : Math.max(0, targetGroupSize - accepted),
    coConveners,
    committee,
  };
}
