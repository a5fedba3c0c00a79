/**
 * Agenda actions with undo and redo. Every edit goes through one history whose slice is the
 * agenda together with the event's days, because starting from a template can add a day or set
 * the day times, and undo must put both back together (the plan requires one list per day).
 *
 * Typing in a text field is recorded as one step per field visit: `editItemLive` writes each
 * keystroke at once (so nothing typed is lost), `endItemEdit` turns the visit into one undo step.
 */
import type { AgendaTemplate } from '../domain/content-schemas';
import {
  addItem as addItemTo,
  blankItem,
  duplicateItem as duplicate,
  findItem,
  itemFromTemplate,
  moveItem as move,
  moveItemTo as moveTo,
  moveToOtherDay as moveOtherDay,
  removeItem as remove,
  replaceItem,
  updateItem,
  type ItemPatch,
} from '../domain/agenda-edit';
import { applyTemplate as apply, type ApplyTemplateOptions } from '../domain/agenda-templates';
import type { TemplateItem } from '../domain/content-schemas';
import { newId, type Agenda, type AgendaItem, type EventDay, type Plan } from '../domain/plan';
import { createSliceHistory } from './history';
import { $plan, onPlanReplaced, updatePlan } from './plan';

interface AgendaSlice {
  agenda: Agenda;
  days: EventDay[];
}

// The history compares slices by identity: hand out the same object while neither part changed.
let lastSlice: AgendaSlice | null = null;
function selectSlice(plan: Plan): AgendaSlice {
  if (!lastSlice || lastSlice.agenda !== plan.agenda || lastSlice.days !== plan.event.days) {
    lastSlice = { agenda: plan.agenda, days: plan.event.days };
  }
  return lastSlice;
}

const history = createSliceHistory<AgendaSlice>(selectSlice, (plan, slice) => ({
  ...plan,
  event: { ...plan.event, days: slice.days },
  agenda: slice.agenda,
}));

/** What undo and redo would do next ("Delete “Lunch”"), for the buttons. */
export const $agendaHistory = history.$state;

const title = (item: AgendaItem | undefined) => `“${item?.title.trim() || 'Untitled item'}”`;
const itemById = (id: string): AgendaItem | undefined => {
  const agenda = $plan.get().agenda;
  const at = findItem(agenda, id);
  return at ? agenda.days[at.dayIndex]!.items[at.index] : undefined;
};
const editAgenda = (label: string, change: (agenda: Agenda) => Agenda) =>
  history.change(label, (plan) => {
    const agenda = change(plan.agenda);
    return agenda === plan.agenda ? plan : { ...plan, agenda };
  });

/** Replaces the agenda with `template` (null: blank) laid out as `options` says; undoable. */
export function startFromTemplate(template: AgendaTemplate | null, options: ApplyTemplateOptions): void {
  finishPendingEdit();
  history.change(template ? `Use “${template.name}”` : 'Clear the agenda', (plan) => apply(plan, template, options));
}

/** Adds a blank item (with id `id`, new by default) at the end of a day and returns its id. */
export function addBlankItem(dayIndex: number, id: string = newId()): string {
  const item = blankItem(id);
  editAgenda('Add an item', (agenda) => addItemTo(agenda, dayIndex, item));
  return item.id;
}

/** Adds an activity from the library at the end of a day and returns the new item's id. */
export function addActivity(dayIndex: number, activity: TemplateItem): string {
  const item = itemFromTemplate(activity, newId());
  editAgenda(`Add ${title(item)}`, (agenda) => addItemTo(agenda, dayIndex, item));
  return item.id;
}

/** Adds a copy right after the item and returns the copy's id. */
export function duplicateItem(id: string): string {
  const copyId = newId();
  editAgenda(`Duplicate ${title(itemById(id))}`, (agenda) => duplicate(agenda, id, copyId));
  return copyId;
}

export function deleteItem(id: string): void {
  editAgenda(`Delete ${title(itemById(id))}`, (agenda) => remove(agenda, id));
}

/** Moves an item one place up or down in its day. */
export function moveItem(id: string, delta: -1 | 1): void {
  editAgenda(`Move ${title(itemById(id))} ${delta < 0 ? 'up' : 'down'}`, (agenda) => move(agenda, id, delta));
}

/** Moves an item to a position in a day (drag and drop). */
export function moveItemTo(id: string, dayIndex: number, index: number): void {
  editAgenda(`Move ${title(itemById(id))}`, (agenda) => moveTo(agenda, id, dayIndex, index));
}

/** Moves an item to the other day, next to where the two days meet. */
export function moveToOtherDay(id: string): void {
  const from = findItem($plan.get().agenda, id);
  const to = from?.dayIndex === 0 ? 2 : 1;
  editAgenda(`Move ${title(itemById(id))} to day ${to}`, (agenda) => moveOtherDay(agenda, id));
}

/** A change that is one step by itself (kind, goals, tags, a finished duration). */
export function setItemFields(id: string, patch: ItemPatch, label = `Edit ${title(itemById(id))}`): void {
  finishPendingEdit();
  editAgenda(label, (agenda) => updateItem(agenda, id, patch));
}

let pending: { item: AgendaItem; label: string } | null = null;

/** Starts a field visit: changes until `endItemEdit` become one undo step called `label`. */
export function beginItemEdit(id: string, label: string): void {
  finishPendingEdit();
  const item = itemById(id);
  if (item) pending = { item, label };
}

/** Writes a keystroke's worth of change at once, without a separate undo step. */
export function editItemLive(id: string, patch: ItemPatch): void {
  if (!pending || pending.item.id !== id) beginItemEdit(id, `Edit ${title(itemById(id))}`);
  updatePlan((plan) => {
    const agenda = updateItem(plan.agenda, id, patch);
    return agenda === plan.agenda ? plan : { ...plan, agenda };
  });
}

/** Ends the field visit started by `beginItemEdit`, recording it as one step if anything changed. */
export function endItemEdit(): void {
  finishPendingEdit();
}

function finishPendingEdit(): void {
  if (!pending) return;
  const { item: before, label } = pending;
  pending = null;
  const after = itemById(before.id);
  if (!after || after === before) return;
  // Put the value from the start of the visit back silently, then record the whole visit.
  updatePlan((plan) => ({ ...plan, agenda: replaceItem(plan.agenda, before) }));
  history.change(label, (plan) => ({ ...plan, agenda: replaceItem(plan.agenda, after) }));
}

/** Undoes the last agenda edit; returns its label, or null when there is nothing to undo. */
export function undoAgenda(): string | null {
  finishPendingEdit();
  return history.undo();
}

/** Redoes the last undone agenda edit; returns its label, or null when there is none. */
export function redoAgenda(): string | null {
  finishPendingEdit();
  return history.redo();
}

onPlanReplaced(() => {
  pending = null;
});
