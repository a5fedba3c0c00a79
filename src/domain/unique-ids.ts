/**
 * Repairs a validated plan in which two entries of one list share an id (a hand-edited or
 * merged plan file). Every edit, delete and undo finds entries by id, so a shared id would make
 * one edit change both. The first entry keeps its id; each later one gets `<id>-2`, `<id>-3` …
 * (the first free one), so references such as chosen goals keep pointing at the first.
 */
import type { Plan } from './plan';

/** How many ids were changed in each list; all zero when the plan had no duplicates. */
export interface IdRepairs {
  days: number;
  items: number;
  invitees: number;
  tasks: number;
  ownGoals: number;
  /** Version 3: agreed goals, commitments and confirmed assets together. */
  outcomes: number;
  budgetLines: number;
}

const MAX_ID_LENGTH = 64;

/**
 * Gives every entry of `entries` an id unused by the others; returns the list and the count
 * changed. `taken`: ids already kept (by an earlier day); `reserved`: ids to keep free for entries
 * still to come (a later day's), so an entry without a duplicate never has to change.
 */
function uniqueIds<T extends { id: string }>(
  entries: readonly T[],
  taken: Set<string>,
  reserved: ReadonlySet<string> = new Set(),
): [T[], number] {
  let changed = 0;
  const ids = new Set([...entries.map((entry) => entry.id), ...reserved]);
  const seen = new Set<string>();
  const out = entries.map((entry) => {
    if (!seen.has(entry.id) && !taken.has(entry.id)) {
      seen.add(entry.id);
      return entry;
    }
    const base = entry.id.slice(0, MAX_ID_LENGTH - 6);
    let n = 2;
    let id = `${base}-${n}`;
    while (ids.has(id) || seen.has(id) || taken.has(id)) id = `${base}-${(n += 1)}`;
    seen.add(id);
    changed += 1;
    return { ...entry, id };
  });
  for (const id of seen) taken.add(id);
  return [out, changed];
}

/** The plan with unique ids in every list (days, agenda items over all days, people, tasks, own goals). */
export function makeIdsUnique(plan: Plan): { plan: Plan; repairs: IdRepairs } {
  const [dayList, days] = uniqueIds(plan.days, new Set());
  // Items are unique across both days: a move between days finds an item by its id alone.
  const itemIds = new Set<string>();
  const allItemIds = new Set(dayList.flatMap((day) => day.items.map((item) => item.id)));
  let items = 0;
  const withItems = dayList.map((day) => {
    const [list, changed] = uniqueIds(day.items, itemIds, allItemIds);
    items += changed;
    return changed ? { ...day, items: list } : day;
  });
  const [invitees, people] = uniqueIds(plan.invitees, new Set());
  const [checklist, tasks] = uniqueIds(plan.checklist, new Set());
  const [custom, ownGoals] = uniqueIds(plan.goals.custom, new Set());
  const [goalsAgreed, agreed] = uniqueIds(plan.outcomes.goalsAgreed, new Set());
  const [commitments, promised] = uniqueIds(plan.outcomes.commitments, new Set());
  const [assetsConfirmed, confirmed] = uniqueIds(plan.outcomes.assetsConfirmed, new Set());
  const [lines, budgetLines] = uniqueIds(plan.logistics.lines, new Set());
  const outcomes = agreed + promised + confirmed;
  const repairs = { days, items, invitees: people, tasks, ownGoals, outcomes, budgetLines };
  if (days + items + people + tasks + ownGoals + outcomes + budgetLines === 0) return { plan, repairs };
  return {
    plan: {
      ...plan,
      days: withItems,
      invitees,
      checklist,
      goals: { ...plan.goals, custom },
      outcomes: { ...plan.outcomes, goalsAgreed, commitments, assetsConfirmed },
      logistics: { ...plan.logistics, lines },
    },
    repairs,
  };
}

const NAMES: Record<keyof IdRepairs, [string, string]> = {
  days: ['day', 'days'],
  items: ['agenda item', 'agenda items'],
  invitees: ['person', 'people'],
  tasks: ['checklist task', 'checklist tasks'],
  ownGoals: ['own goal', 'own goals'],
  outcomes: ['outcome', 'outcomes'],
  budgetLines: ['budget line', 'budget lines'],
};

/** The notice for the user, or null when nothing was repaired. */
export function idRepairNotice(repairs: IdRepairs): string | null {
  const parts = (Object.keys(NAMES) as (keyof IdRepairs)[])
    .filter((key) => repairs[key] > 0)
    .map((key) => `${repairs[key]} ${NAMES[key][repairs[key] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return null;
  const total = Object.values(repairs).reduce((sum, n) => sum + n, 0);
  return `The plan had ${total === 1 ? 'an entry' : `${total} entries`} sharing an id with another (${parts.join(', ')}). ${total === 1 ? 'It was' : 'They were'} given ${total === 1 ? 'its own id' : 'their own ids'}, so editing or deleting one no longer changes the other.`;
}
