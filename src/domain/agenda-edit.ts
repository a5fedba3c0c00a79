/**
 * Pure edits of the agenda: add, duplicate, remove, move within a day and between days, and
 * change one item. The agenda is the plan's days, each owning its items. Each edit returns new
 * days, or the same array when nothing changed, so a no-op writes nothing to the plan.
 */
import type { TemplateItem } from './content-schemas';
import { fail, ok, type Result } from './result';
import type { AgendaItem, EventDay } from './plan';

/** The agenda: the event's days in order, each with its items. */
export type Agenda = EventDay[];

/** An item's title in curly quotes, for messages and undo labels ("Untitled item" when blank). */
export const quotedTitle = (item: { title: string } | undefined): string =>
  `“${item?.title.trim() || 'Untitled item'}”`;

/** Shortest and longest item the plan accepts, in minutes (the plan schema's own limits). */
export const MIN_ITEM_MINUTES = 1;
export const MAX_ITEM_MINUTES = 720;

/** Where an item sits: its day and its position in that day. */
export interface ItemPosition {
  dayIndex: number;
  index: number;
}

/** The day and position of item `id`, or null when no day holds it. */
export function findItem(agenda: Agenda, id: string): ItemPosition | null {
  for (let dayIndex = 0; dayIndex < agenda.length; dayIndex += 1) {
    const index = agenda[dayIndex]!.items.findIndex((item) => item.id === id);
    if (index >= 0) return { dayIndex, index };
  }
  return null;
}

/** The item after `id` in its day, or the one before when it is last: where focus goes on delete. */
export function neighbourId(agenda: Agenda, id: string): string | null {
  const at = findItem(agenda, id);
  if (!at) return null;
  const items = agenda[at.dayIndex]!.items;
  return (items[at.index + 1] ?? items[at.index - 1])?.id ?? null;
}

/** A new item with nothing filled in but a title, 30 minutes and kind session. */
export function blankItem(id: string): AgendaItem {
  return {
    id,
    title: 'New item',
    kind: 'session',
    minutes: 30,
    goals: [],
    tags: [],
    lead: '',
    notes: '',
    materials: [],
    prompts: [],
    purpose: '',
    steps: [],
    actualMinutes: null,
    heard: '',
  };
}

/** A plan item made from a template item or a library activity, with its own id. */
export function itemFromTemplate(source: TemplateItem, id: string): AgendaItem {
  return {
    id,
    title: source.title,
    kind: source.kind,
    minutes: source.minutes,
    goals: [...source.goals],
    tags: [...source.tags],
    lead: '',
    notes: source.notes,
    materials: [...source.materials],
    prompts: [...source.prompts],
    purpose: source.purpose,
    steps: [...source.steps],
    actualMinutes: null,
    heard: '',
  };
}

function withDayItems(agenda: Agenda, dayIndex: number, items: AgendaItem[]): Agenda {
  return agenda.map((day, i) => (i === dayIndex ? { ...day, items } : day));
}

/** Inserts `item` into day `dayIndex` at `index` (the end when omitted or out of range). */
export function addItem(agenda: Agenda, dayIndex: number, item: AgendaItem, index?: number): Agenda {
  const day = agenda[dayIndex];
  if (!day) return agenda;
  const at = index === undefined ? day.items.length : Math.max(0, Math.min(index, day.items.length));
  return withDayItems(agenda, dayIndex, [...day.items.slice(0, at), item, ...day.items.slice(at)]);
}

/** A copy of item `id` right after it, titled "… (copy)", with the new id `copyId`. */
export function duplicateItem(agenda: Agenda, id: string, copyId: string): Agenda {
  const at = findItem(agenda, id);
  if (!at) return agenda;
  const original = agenda[at.dayIndex]!.items[at.index]!;
  const copy: AgendaItem = { ...original, id: copyId, title: `${original.title} (copy)`.slice(0, 300) };
  return addItem(agenda, at.dayIndex, copy, at.index + 1);
}

/** Removes item `id` from whichever day holds it. */
export function removeItem(agenda: Agenda, id: string): Agenda {
  const at = findItem(agenda, id);
  if (!at) return agenda;
  return withDayItems(
    agenda,
    at.dayIndex,
    agenda[at.dayIndex]!.items.filter((item) => item.id !== id),
  );
}

/**
 * Moves item `id` to position `index` of day `dayIndex` (the position it will have after the
 * move; clamped to the day). Used by drag and drop and by the buttons below.
 */
export function moveItemTo(agenda: Agenda, id: string, dayIndex: number, index: number): Agenda {
  const from = findItem(agenda, id);
  if (!from || !agenda[dayIndex]) return agenda;
  const item = agenda[from.dayIndex]!.items[from.index]!;
  const without = removeItem(agenda, id);
  const target = without[dayIndex]!.items;
  const at = Math.max(0, Math.min(index, target.length));
  if (from.dayIndex === dayIndex && from.index === at) return agenda;
  return addItem(without, dayIndex, item, at);
}

/**
 * The position item `id` takes when dropped into day `dayIndex` in front of the item now at
 * `insertAt` (the day's length: at the end). Within its own day, an item dropped further down
 * leaves a gap above, so the position is one less; from another day it is `insertAt` itself.
 * The result is what `moveItemTo` expects.
 */
export function dropIndex(agenda: Agenda, id: string, dayIndex: number, insertAt: number): number {
  const from = findItem(agenda, id);
  return from && from.dayIndex === dayIndex && from.index < insertAt ? insertAt - 1 : insertAt;
}

/** Moves item `id` one place up (`delta` -1) or down (+1) within its day; no-op at the edges. */
export function moveItem(agenda: Agenda, id: string, delta: -1 | 1): Agenda {
  const from = findItem(agenda, id);
  if (!from) return agenda;
  const index = from.index + delta;
  if (index < 0 || index >= agenda[from.dayIndex]!.items.length) return agenda;
  return moveItemTo(agenda, id, from.dayIndex, index);
}

/**
 * Moves item `id` to the other day of a two-day agenda, next to where the days meet: from day 1
 * it becomes the first item of day 2, from day 2 the last item of day 1. No-op with one day.
 */
export function moveToOtherDay(agenda: Agenda, id: string): Agenda {
  const from = findItem(agenda, id);
  if (!from || agenda.length < 2) return agenda;
  const to = from.dayIndex === 0 ? 1 : 0;
  const index = to === 1 ? 0 : agenda[0]!.items.length;
  return moveItemTo(agenda, id, to, index);
}

/** Fields of an item that the editor changes (everything but its id). */
export type ItemPatch = Partial<Omit<AgendaItem, 'id'>>;

/** Applies `patch` to item `id`; returns the same agenda when every value is already equal. */
export function updateItem(agenda: Agenda, id: string, patch: ItemPatch): Agenda {
  const at = findItem(agenda, id);
  if (!at) return agenda;
  const items = agenda[at.dayIndex]!.items;
  const item = items[at.index]!;
  const changed = (Object.keys(patch) as (keyof ItemPatch)[]).some(
    (key) => JSON.stringify(item[key]) !== JSON.stringify(patch[key]),
  );
  if (!changed) return agenda;
  const next = { ...item, ...patch };
  return withDayItems(
    agenda,
    at.dayIndex,
    items.map((it) => (it.id === id ? next : it)),
  );
}

/** Puts `item` back in place of the item with the same id (used to restore an edit's start). */
export function replaceItem(agenda: Agenda, item: AgendaItem): Agenda {
  const at = findItem(agenda, item.id);
  if (!at) return agenda;
  const items = agenda[at.dayIndex]!.items;
  if (items[at.index] === item) return agenda;
  return withDayItems(
    agenda,
    at.dayIndex,
    items.map((it) => (it.id === item.id ? item : it)),
  );
}

/**
 * Reads a duration typed by the user. Accepts whole minutes from 1 to 720 (12 hours), the
 * plan's limits; anything else gets a message naming the field.
 */
export function parseMinutes(text: string): Result<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('Enter the length in minutes, for example 45.');
  if (!/^\d+$/.test(trimmed)) return fail('Enter whole minutes as a number, for example 45.');
  const value = Number(trimmed);
  if (value < MIN_ITEM_MINUTES || value > MAX_ITEM_MINUTES) {
    return fail(`Enter between ${MIN_ITEM_MINUTES} and ${MAX_ITEM_MINUTES} minutes (12 hours).`);
  }
  return ok(value);
}

/** Splits a one-per-line text box into list entries, dropping blank lines. */
export function linesToList(text: string, max = 50): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, max);
}
