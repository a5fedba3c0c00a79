import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/domain/plan';
import { $history, redo, undo } from '../../src/stores/history';
import {
  $schedule,
  addActivity,
  addBlankItem,
  beginItemEdit,
  deleteItem,
  duplicateItem,
  editItemLive,
  endItemEdit,
  moveItem,
  moveItemTo,
  moveToOtherDay,
  setItemFields,
  startFromTemplate,
} from '../../src/stores/agenda';
import { $plan, replacePlan, setEventField } from '../../src/stores/plan';
import { loadContent } from '../helpers/content';

const content = loadContent();
const twoDay = content.templates.find((t) => t.id === 'two-day')!;
const activity = (id: string) => content.activities.find((a) => a.id === id)!;
const titles = () => $plan.get().days.map((day) => day.items.map((i) => i.title));
const day = (n: number) => $plan.get().days[n]!.items;

beforeEach(() => {
  const plan = createPlan({ timeZone: 'UTC' });
  replacePlan({ ...plan, days: [{ ...plan.days[0]!, date: '2027-03-17' }] });
});

describe('agenda actions with undo and redo', () => {
  it('undoes a two-day template on a one-day event, second day included, and redoes it', () => {
    startFromTemplate(twoDay, { dayCount: 2, setTimes: true });
    expect($plan.get().days.map((d) => [d.date, d.start, d.end])).toEqual([
      ['2027-03-17', '10:00', '16:00'],
      ['2027-03-18', '09:00', '14:30'],
    ]);
    expect(titles()[1]![0]).toBe('Welcome');
    expect($history.get()).toEqual({
      undoLabel: 'use “Two-day agenda based on the toolkit’s sample”',
      redoLabel: null,
    });

    expect(undo()).toBe('use “Two-day agenda based on the toolkit’s sample”');
    expect($plan.get().days.map((d) => [d.date, d.start, d.end])).toEqual([['2027-03-17', '09:00', '16:00']]);
    expect(day(0)).toEqual([]);

    expect(redo()).toBe('use “Two-day agenda based on the toolkit’s sample”');
    expect($plan.get().days).toHaveLength(2);
    expect(day(0)).toHaveLength(twoDay.days[0]!.items.length);
  });

  it('brings a deleted item back in its place', () => {
    addActivity(0, activity('welcome'));
    const lunch = addActivity(0, activity('lunch'));
    addActivity(0, activity('closing-reflection'));
    deleteItem(lunch);
    expect(titles()).toEqual([['Welcome', 'Closing Reflection']]);
    expect(undo()).toBe('delete “Lunch”');
    expect(titles()).toEqual([['Welcome', 'Lunch', 'Closing Reflection']]);
  });

  it('records moves up, down, by drag and to the other day, each as one step', () => {
    startFromTemplate(twoDay, { dayCount: 2, setTimes: false });
    const [welcome, review] = day(0);
    moveItem(review!.id, -1);
    expect(
      day(0)
        .slice(0, 2)
        .map((i) => i.id),
    ).toEqual([review!.id, welcome!.id]);
    moveItemTo(welcome!.id, 0, 3);
    expect(day(0)[3]!.id).toBe(welcome!.id);
    moveToOtherDay(welcome!.id);
    expect(day(1)[0]!.id).toBe(welcome!.id);
    expect($history.get().undoLabel).toBe('move “Welcome” to day 2');
    undo();
    undo();
    undo();
    expect(
      day(0)
        .slice(0, 2)
        .map((i) => i.id),
    ).toEqual([welcome!.id, review!.id]);
  });

  it('records a field visit of many keystrokes as one step, and keeps every keystroke in the plan', () => {
    const id = addBlankItem(0);
    beginItemEdit(id, 'edit the title of “New item”');
    for (const text of ['C', 'Co', 'Con', 'Connect']) editItemLive(id, { title: text });
    expect(day(0)[0]!.title).toBe('Connect');
    endItemEdit();
    expect($history.get().undoLabel).toBe('edit the title of “New item”');
    expect(undo()).toBe('edit the title of “New item”');
    expect(day(0)[0]!.title).toBe('New item');
    expect(undo()).toBe('add an item');
    expect(day(0)).toEqual([]);
    redo();
    redo();
    expect(day(0)[0]!.title).toBe('Connect');
  });

  it('records nothing for a field visit that changed nothing', () => {
    const id = addBlankItem(0);
    beginItemEdit(id, 'edit the title');
    endItemEdit();
    expect($history.get().undoLabel).toBe('add an item');
  });

  it('changes a duration and moves back with undo', () => {
    const id = addActivity(0, activity('welcome'));
    setItemFields(id, { minutes: 25 });
    expect(day(0)[0]!.minutes).toBe(25);
    undo();
    expect(day(0)[0]!.minutes).toBe(15);
  });

  it('duplicates an item and undoes the copy', () => {
    const id = addActivity(0, activity('break'));
    const copy = duplicateItem(id);
    expect(day(0).map((i) => [i.id === copy, i.title])).toEqual([
      [false, 'Break'],
      [true, 'Break (copy)'],
    ]);
    undo();
    expect(day(0)).toHaveLength(1);
  });

  it('undoes the newest edit first, whichever step made it', () => {
    addBlankItem(0);
    setEventField('title', 'Typed on the start page');
    expect(undo()).toBe('change the title');
    expect($plan.get().event.title).toBe('');
    expect(day(0)).toHaveLength(1);
    expect(undo()).toBe('add an item');
    expect(day(0)).toEqual([]);
  });

  it('keeps the schedule of an unchanged day when the other day changes', () => {
    startFromTemplate(twoDay, { dayCount: 2, setTimes: true });
    const [first, second] = $schedule.get();
    setItemFields(day(1)[0]!.id, { minutes: 45 });
    const [firstAfter, secondAfter] = $schedule.get();
    expect(firstAfter).toBe(first);
    expect(secondAfter).not.toBe(second);
    expect(secondAfter!.times[1]!.startMinutes).toBe(9 * 60 + 45);
  });

  it('clears a blank start back to the template with undo', () => {
    startFromTemplate(twoDay, { dayCount: 1, setTimes: false });
    const count = day(0).length;
    startFromTemplate(null, { dayCount: 1, setTimes: false });
    expect(day(0)).toEqual([]);
    expect(undo()).toBe('clear the agenda');
    expect(day(0)).toHaveLength(count);
  });
});
