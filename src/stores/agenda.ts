/**
 * Agenda actions and the agenda's derived state. Each action is one labelled plan edit (the
 * history listens to the plan); typing in an item's field is one undo step per field visit.
 * Times, day timing and the checks are computed stores, made once per change of the days and
 * read by the agenda page and the exports alike.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { runAgendaChecks, type AgendaFinding, type ChecksToolkit } from '../domain/agenda-checks';
import {
  addItem as addItemTo,
  blankItem,
  dropIndex,
  duplicateItem as duplicate,
  findItem,
  itemFromTemplate,
  moveItem as move,
  moveItemTo as moveTo,
  moveToOtherDay as moveOtherDay,
  neighbourId,
  quotedTitle,
  removeItem as remove,
  updateItem,
  type Agenda,
  type ItemPatch,
} from '../domain/agenda-edit';
import { applyTemplate as apply, type ApplyTemplateOptions } from '../domain/agenda-templates';
import { scheduleDays, type DaySchedule } from '../domain/agenda-times';
import type { AgendaTemplate, TemplateItem } from '../domain/content-schemas';
import { newId, type AgendaItem } from '../domain/plan';
import { $goals } from './goals-chosen';
import { endEditGroup } from './history';
import { $plan, updatePart, updatePlan } from './plan';

/** The event's days with their items (same object until a day or an item changes). */
export const $days = computed($plan, (plan) => plan.days);
const $event = computed($plan, (plan) => plan.event);

let lastSchedule: DaySchedule[] = [];
/** Every day's items with their start and end, and how each day fits its hours. */
export const $schedule = computed($days, (days) => (lastSchedule = scheduleDays(days, lastSchedule)));

const findingStores = new WeakMap<ChecksToolkit, ReadableAtom<AgendaFinding[]>>();

/** The toolkit's checks on the agenda, recomputed when the days, event or goals change. */
export function agendaFindings(toolkit: ChecksToolkit): ReadableAtom<AgendaFinding[]> {
  let store = findingStores.get(toolkit);
  if (!store) {
    store = computed([$event, $goals, $days, $schedule], (event, goals, days, schedule) =>
      runAgendaChecks({ event, goals, days }, toolkit, schedule),
    );
    findingStores.set(toolkit, store);
  }
  return store;
}

const itemById = (id: string): AgendaItem | undefined => {
  const days = $plan.get().days;
  const at = findItem(days, id);
  return at ? days[at.dayIndex]!.items[at.index] : undefined;
};
const editAgenda = (label: string, change: (days: Agenda) => Agenda, group: string | null = null) =>
  updatePart('days', label, change, group);

/** Replaces the agenda with `template` (null: blank) laid out as `options` says; one undo step. */
export function startFromTemplate(template: AgendaTemplate | null, options: ApplyTemplateOptions): void {
  updatePlan(template ? `use “${template.name}”` : 'clear the agenda', (plan) => apply(plan, template, options));
}

/** Adds a blank item (with id `id`, new by default) at the end of a day and returns its id. */
export function addBlankItem(dayIndex: number, id: string = newId()): string {
  const item = blankItem(id);
  editAgenda('add an item', (days) => addItemTo(days, dayIndex, item));
  return item.id;
}

/** Adds an activity from the library at the end of a day and returns the new item's id. */
export function addActivity(dayIndex: number, activity: TemplateItem): string {
  const item = itemFromTemplate(activity, newId());
  editAgenda(`add ${quotedTitle(item)}`, (days) => addItemTo(days, dayIndex, item));
  return item.id;
}

/** Adds a copy right after the item and returns the copy's id. */
export function duplicateItem(id: string): string {
  const copyId = newId();
  editAgenda(`duplicate ${quotedTitle(itemById(id))}`, (days) => duplicate(days, id, copyId));
  return copyId;
}

/** Deletes an item; returns the id of the item that takes its place (where focus goes), if any. */
export function deleteItem(id: string): string | null {
  const next = neighbourId($plan.get().days, id);
  editAgenda(`delete ${quotedTitle(itemById(id))}`, (days) => remove(days, id));
  return next;
}

/** Moves an item one place up or down in its day. */
export function moveItem(id: string, delta: -1 | 1): void {
  editAgenda(`move ${quotedTitle(itemById(id))} ${delta < 0 ? 'up' : 'down'}`, (days) => move(days, id, delta));
}

/** Moves an item to a position in a day. */
export function moveItemTo(id: string, dayIndex: number, index: number): void {
  editAgenda(`move ${quotedTitle(itemById(id))}`, (days) => moveTo(days, id, dayIndex, index));
}

/**
 * Drops a dragged item into day `dayIndex` in front of the item now at `insertAt`; returns the
 * position it ends up at (for the announcement).
 */
export function dropItem(id: string, dayIndex: number, insertAt: number): number {
  const index = dropIndex($plan.get().days, id, dayIndex, insertAt);
  moveItemTo(id, dayIndex, index);
  return index;
}

/** Moves an item to the other day, next to where the two days meet. */
export function moveToOtherDay(id: string): void {
  const from = findItem($plan.get().days, id);
  const to = from?.dayIndex === 0 ? 2 : 1;
  editAgenda(`move ${quotedTitle(itemById(id))} to day ${to}`, (days) => moveOtherDay(days, id));
}

/** A change that is one step by itself (kind, goals, tags, a finished duration). */
export function setItemFields(id: string, patch: ItemPatch, label = `edit ${quotedTitle(itemById(id))}`): void {
  endEditGroup();
  editAgenda(label, (days) => updateItem(days, id, patch));
}

let visit: { id: string; label: string; group: string } | null = null;
let visits = 0;

/** Starts a field visit: the keystrokes until `endItemEdit` are one undo step called `label`. */
export function beginItemEdit(id: string, label: string): void {
  endEditGroup();
  visits += 1;
  visit = { id, label, group: `item:${id}:${visits}` };
}

/** Writes a keystroke's worth of change at once (nothing typed waits), in the visit's undo step. */
export function editItemLive(id: string, patch: ItemPatch): void {
  if (!visit || visit.id !== id) beginItemEdit(id, `edit ${quotedTitle(itemById(id))}`);
  const { label, group } = visit!;
  editAgenda(label, (days) => updateItem(days, id, patch), group);
}

/** Ends the field visit started by `beginItemEdit`. */
export function endItemEdit(): void {
  visit = null;
  endEditGroup();
}
