import { describe, expect, it } from 'vitest';
import {
  addItem,
  blankItem,
  dropIndex,
  duplicateItem,
  findItem,
  itemFromTemplate,
  linesToList,
  moveItem,
  moveItemTo,
  moveToOtherDay,
  neighbourId,
  parseMinutes,
  removeItem,
  replaceItem,
  updateItem,
  type Agenda,
} from '../../src/domain/agenda-edit';
import { computeDayTimes } from '../../src/domain/agenda-times';
import type { AgendaItem, EventDay } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const item = (id: string, minutes = 30): AgendaItem => ({ ...blankItem(id), title: id.toUpperCase(), minutes });
const ids = (agenda: Agenda) => agenda.map((day) => day.items.map((i) => i.id));
/** Day `n` (1-based) of the event, 2027-03-1n, 09:00–16:00, holding `items`. */
const day = (n: number, items: AgendaItem[]): EventDay => ({
  id: `day-${n}`,
  date: `2027-03-1${n}`,
  start: '09:00',
  end: '16:00',
  items,
  actualStart: '',
});
const twoDays = (): Agenda => [day(1, [item('a'), item('b'), item('c')]), day(2, [item('x'), item('y')])];

describe('agenda edits', () => {
  it('finds an item by id on either day', () => {
    expect(findItem(twoDays(), 'c')).toEqual({ dayIndex: 0, index: 2 });
    expect(findItem(twoDays(), 'y')).toEqual({ dayIndex: 1, index: 1 });
    expect(findItem(twoDays(), 'nope')).toBeNull();
  });

  it('adds an item at the end of a day or at a position, leaving the other day alone', () => {
    const agenda = twoDays();
    expect(ids(addItem(agenda, 0, item('n')))).toEqual([
      ['a', 'b', 'c', 'n'],
      ['x', 'y'],
    ]);
    expect(ids(addItem(agenda, 1, item('n'), 0))).toEqual([
      ['a', 'b', 'c'],
      ['n', 'x', 'y'],
    ]);
    expect(addItem(agenda, 1, item('n'))[0]).toBe(agenda[0]);
    expect(addItem(agenda, 1, item('n'))[1]).toEqual({ ...agenda[1]!, items: [item('x'), item('y'), item('n')] });
    expect(addItem(agenda, 5, item('n'))).toBe(agenda);
  });

  it('duplicates an item right after the original with a new id and "(copy)" title', () => {
    const copy = duplicateItem(twoDays(), 'b', 'b2');
    expect(ids(copy)).toEqual([
      ['a', 'b', 'b2', 'c'],
      ['x', 'y'],
    ]);
    expect(copy[0]!.items[2]).toEqual({ ...item('b'), id: 'b2', title: 'B (copy)' });
  });

  it('names the neighbour that takes focus when an item is deleted', () => {
    const agenda = twoDays();
    expect([neighbourId(agenda, 'a'), neighbourId(agenda, 'c'), neighbourId(agenda, 'nope')]).toEqual(['b', 'b', null]);
    expect(neighbourId([day(1, [item('solo')])], 'solo')).toBeNull();
  });

  it('removes an item and does nothing for an unknown id', () => {
    const agenda = twoDays();
    expect(ids(removeItem(agenda, 'x'))).toEqual([['a', 'b', 'c'], ['y']]);
    expect(removeItem(agenda, 'nope')).toBe(agenda);
  });

  it('moves an item up and down within its day, and not past the edges', () => {
    const agenda = twoDays();
    expect(ids(moveItem(agenda, 'b', -1))).toEqual([
      ['b', 'a', 'c'],
      ['x', 'y'],
    ]);
    expect(ids(moveItem(agenda, 'b', 1))).toEqual([
      ['a', 'c', 'b'],
      ['x', 'y'],
    ]);
    expect(moveItem(agenda, 'a', -1)).toBe(agenda);
    expect(moveItem(agenda, 'y', 1)).toBe(agenda);
  });

  it('moves an item to a position on any day (drag and drop)', () => {
    const agenda = twoDays();
    expect(ids(moveItemTo(agenda, 'a', 0, 2))).toEqual([
      ['b', 'c', 'a'],
      ['x', 'y'],
    ]);
    expect(ids(moveItemTo(agenda, 'c', 1, 1))).toEqual([
      ['a', 'b'],
      ['x', 'c', 'y'],
    ]);
    expect(ids(moveItemTo(agenda, 'x', 0, 99))).toEqual([['a', 'b', 'c', 'x'], ['y']]);
    expect(moveItemTo(agenda, 'b', 0, 1)).toBe(agenda);
  });

  it('moves an item to the other day next to where the days meet, and back again', () => {
    const moved = moveToOtherDay(twoDays(), 'b');
    expect(ids(moved)).toEqual([
      ['a', 'c'],
      ['b', 'x', 'y'],
    ]);
    expect(ids(moveToOtherDay(moved, 'y'))).toEqual([
      ['a', 'c', 'y'],
      ['b', 'x'],
    ]);
    const oneDay: Agenda = [day(1, [item('a')])];
    expect(moveToOtherDay(oneDay, 'a')).toBe(oneDay);
  });

  it('moves every later time when a duration changes', () => {
    const agenda: Agenda = [day(1, [item('a', 30), item('b', 45), item('c', 15)])];
    const longer = updateItem(agenda, 'a', { minutes: 60 });
    expect(computeDayTimes('09:00', longer[0]!.items).map((t) => [t.startMinutes, t.endMinutes])).toEqual([
      [540, 600],
      [600, 645],
      [645, 660],
    ]);
  });

  it('moves the times of both days when an item changes day', () => {
    const agenda: Agenda = [day(1, [item('a', 60), item('b', 30)]), day(2, [item('x', 45)])];
    const moved = moveToOtherDay(agenda, 'a');
    expect(computeDayTimes('10:00', moved[0]!.items).map((t) => [t.item.id, t.startMinutes])).toEqual([['b', 600]]);
    expect(computeDayTimes('09:00', moved[1]!.items).map((t) => [t.item.id, t.startMinutes])).toEqual([
      ['a', 540],
      ['x', 600],
    ]);
  });

  it('updates an item and returns the same agenda when nothing changes', () => {
    const agenda = twoDays();
    const renamed = updateItem(agenda, 'x', { title: 'Connect', tags: ['connect'] });
    expect(renamed[1]!.items[0]).toEqual({ ...item('x'), title: 'Connect', tags: ['connect'] });
    expect(updateItem(agenda, 'x', { title: 'X', minutes: 30 })).toBe(agenda);
    expect(updateItem(agenda, 'nope', { title: 'Z' })).toBe(agenda);
  });

  it('puts an earlier version of an item back in its place', () => {
    const agenda = twoDays();
    const original = agenda[0]!.items[1]!;
    const edited = updateItem(agenda, 'b', { title: 'Edited' });
    expect(replaceItem(edited, original)[0]!.items[1]).toBe(original);
    expect(replaceItem(agenda, original)).toBe(agenda);
  });

  it('makes a plan item from a library activity with its own id and no lead', () => {
    const connect = loadContent().activities.find((a) => a.id === 'connect-conversations')!;
    const made = itemFromTemplate(connect, 'new-1');
    expect(made).toMatchObject({ id: 'new-1', title: 'Connect Conversations', kind: 'networking', minutes: 30 });
    expect(made.tags).toEqual(['connect']);
    expect(made.lead).toBe('');
    expect(made.steps).toEqual(connect.steps);
  });
});

describe('dropIndex', () => {
  it('is one less when an item is dropped further down its own day, so moveItemTo lands it there', () => {
    // "a" dropped in front of "c" (now at 2): without "a" the day is b, c, so "a" goes to 1.
    expect(dropIndex(twoDays(), 'a', 0, 2)).toBe(1);
    expect(ids(moveItemTo(twoDays(), 'a', 0, dropIndex(twoDays(), 'a', 0, 2)))).toEqual([
      ['b', 'a', 'c'],
      ['x', 'y'],
    ]);
  });

  it('is one less at the end of its own day', () => {
    expect(dropIndex(twoDays(), 'a', 0, 3)).toBe(2);
  });

  it('is unchanged when an item is dropped higher up its own day', () => {
    expect(dropIndex(twoDays(), 'c', 0, 0)).toBe(0);
  });

  it('is unchanged when dropped on itself', () => {
    expect(dropIndex(twoDays(), 'b', 0, 1)).toBe(1);
  });

  it('is unchanged when the item comes from the other day', () => {
    expect(dropIndex(twoDays(), 'a', 1, 1)).toBe(1);
    expect(ids(moveItemTo(twoDays(), 'a', 1, dropIndex(twoDays(), 'a', 1, 1)))).toEqual([
      ['b', 'c'],
      ['x', 'a', 'y'],
    ]);
  });

  it('is unchanged for an id no day holds', () => {
    expect(dropIndex(twoDays(), 'nope', 0, 2)).toBe(2);
  });
});

describe('reading a typed duration', () => {
  it('accepts whole minutes from 1 to 720', () => {
    expect([parseMinutes('1'), parseMinutes(' 45 '), parseMinutes('720')]).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 45 },
      { ok: true, value: 720 },
    ]);
  });

  it('refuses empty, fractional, negative and too long values with a message', () => {
    expect(parseMinutes('')).toEqual({ ok: false, error: 'Enter the length in minutes, for example 45.' });
    expect(parseMinutes('12.5')).toEqual({ ok: false, error: 'Enter whole minutes as a number, for example 45.' });
    expect(parseMinutes('-5')).toEqual({ ok: false, error: 'Enter whole minutes as a number, for example 45.' });
    expect(parseMinutes('0')).toEqual({ ok: false, error: 'Enter between 1 and 720 minutes (12 hours).' });
    expect(parseMinutes('721')).toEqual({ ok: false, error: 'Enter between 1 and 720 minutes (12 hours).' });
  });

  it('splits a one-per-line box into entries without blank lines', () => {
    expect(linesToList('Timer\n\n  Markers  \n')).toEqual(['Timer', 'Markers']);
    expect(linesToList('a\nb\nc', 2)).toEqual(['a', 'b']);
  });
});
