import { describe, expect, it } from 'vitest';
import {
  applicableItems,
  checkDraft,
  datedChecklist,
  datedDays,
  dueDate,
  isOverdue,
  itemFromTemplate,
  missingSuggestedItems,
  nextTasks,
  startingChecklist,
  whenText,
} from '../../src/domain/checklist';
import type { ChecklistItem, EventDay } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const { checklist: templates } = loadContent();
const day = (date: string): EventDay => ({
  id: date || 'x',
  date,
  start: '09:00',
  end: '16:00',
  actualStart: '',
  items: [],
});
const own = (id: string, phase: 'before' | 'after', offsetDays: number): ChecklistItem => ({
  id,
  templateId: '',
  title: id,
  detail: '',
  phase,
  offsetDays,
  owner: '',
  done: false,
});

describe('datedDays', () => {
  it('keeps only days with a real date, with their place in the plan', () => {
    const days = [day(''), day('2027-03-14'), day('2027-02-30'), day('2027-03-16')];
    expect(datedDays(days)).toEqual([
      { day: days[1], index: 1 },
      { day: days[3], index: 3 },
    ]);
  });

  it('is empty when no day has a date', () => {
    expect(datedDays([day(''), day('soon')])).toEqual([]);
  });
});

describe('whenText', () => {
  it('words the offset in days', () => {
    expect([whenText('before', 1), whenText('before', 42), whenText('after', 0), whenText('before', 0)]).toEqual([
      '1 day before the event',
      '42 days before the event',
      'On the last day',
      'On the first day',
    ]);
  });
});

describe('dueDate', () => {
  const twoDays = [day('2027-03-13'), day('2027-03-14')];

  it('counts "before" tasks back from the first day, across a month end', () => {
    expect(dueDate({ phase: 'before', offsetDays: 14 }, twoDays)).toBe('2027-02-27');
  });

  it('counts "after" tasks on from the last day', () => {
    expect(dueDate({ phase: 'after', offsetDays: 21 }, twoDays)).toBe('2027-04-04');
  });

  it('uses the only dated day when the other has no date yet', () => {
    expect(dueDate({ phase: 'after', offsetDays: 2 }, [day('2027-03-13'), day('')])).toBe('2027-03-15');
  });

  it('is empty while no day has a date', () => {
    expect(dueDate({ phase: 'before', offsetDays: 7 }, [day('')])).toBe('');
  });
});

describe('suggested tasks', () => {
  it('makes an item from a template, keeping its id so calendar UIDs stay stable', () => {
    expect(itemFromTemplate(templates.find((t) => t.id === 'feedback-survey')!)).toEqual({
      id: 'feedback-survey',
      templateId: 'feedback-survey',
      title: 'Send a follow-up survey to solicit feedback',
      detail: 'A short survey while the event is fresh tells you what to keep and what to change next time.',
      phase: 'after',
      offsetDays: 2,
      owner: 'Convener',
      done: false,
    });
  });

  it('adds "Send pre-work" only when the plan has pre-work', () => {
    expect(missingSuggestedItems([], templates, false).map((i) => i.id)).not.toContain('send-prework');
    expect(missingSuggestedItems([], templates, true).map((i) => i.id)).toContain('send-prework');
  });

  it('adds only the templates that are missing', () => {
    const present = templates.filter((t) => t.id !== 'book-venue').map(itemFromTemplate);
    expect(missingSuggestedItems(present, templates, true).map((i) => i.id)).toEqual(['book-venue']);
  });

  it('hides the pre-work task while the plan has no pre-work', () => {
    const items = templates.filter((t) => ['send-prework', 'book-venue'].includes(t.id)).map(itemFromTemplate);
    expect(applicableItems(items, false).map((i) => i.id)).toEqual(['book-venue']);
    expect(applicableItems(items, true).map((i) => i.id)).toEqual(['book-venue', 'send-prework']);
  });
});

describe('datedChecklist', () => {
  it('orders tasks earliest first, before then after, keeping list order for ties', () => {
    const items = [
      own('a-after-7', 'after', 7),
      own('b-before-3', 'before', 3),
      own('c-before-30', 'before', 30),
      own('d-after-0', 'after', 0),
      own('e-before-3', 'before', 3),
    ];
    expect(datedChecklist(items, [day('2027-03-13')], false).map(({ item, due }) => `${item.id} ${due}`)).toEqual([
      'c-before-30 2027-02-11',
      'b-before-3 2027-03-10',
      'e-before-3 2027-03-10',
      'd-after-0 2027-03-13',
      'a-after-7 2027-03-19',
    ]);
  });

  it('moves a weekend due date to the Friday before (a follow-up to the Monday after), keeping the event day itself', () => {
    const items = [own('sat', 'before', 7), own('sun', 'after', 1), own('day', 'after', 0), own('wed', 'before', 3)];
    expect(
      datedChecklist(items, [day('2027-03-13')], false).map(({ item, due, movedFrom }) => [item.id, due, movedFrom]),
    ).toEqual([
      ['sat', '2027-03-05', '2027-03-06'],
      ['wed', '2027-03-10', ''],
      ['day', '2027-03-13', ''],
      ['sun', '2027-03-15', '2027-03-14'],
    ]);
  });
});

describe('startingChecklist', () => {
  it('gives a new plan every suggested task, in file order, none done', () => {
    const items = startingChecklist(templates);
    expect(items.map((i) => i.id)).toEqual(templates.map((t) => t.id));
    expect(items.filter((i) => i.done)).toEqual([]);
    expect(items[1]).toEqual({
      id: 'book-venue',
      templateId: 'book-venue',
      title: 'Book the venue',
      detail: templates[1]!.detail,
      phase: 'before',
      offsetDays: 56,
      owner: 'Organizing committee',
      done: false,
    });
  });
});

describe('nextTasks', () => {
  const items = [
    { ...own('done-early', 'before', 30), done: true },
    own('early', 'before', 20),
    own('mid', 'before', 10),
    own('late', 'before', 2),
    own('after', 'after', 3),
  ];
  const days = [day('2027-03-10')];

  it('lists the open tasks earliest due first, at most the number asked for', () => {
    expect(nextTasks(items, days, false, 3).map(({ item, due }) => `${item.id} ${due}`)).toEqual([
      'early 2027-02-18',
      'mid 2027-02-26',
      'late 2027-03-08',
    ]);
  });

  it('lists nothing while the event has no date', () => {
    expect(nextTasks(items, [day('')], false, 3)).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('is true only for a date before today', () => {
    expect([
      isOverdue('2027-03-09', '2027-03-10'),
      isOverdue('2027-03-10', '2027-03-10'),
      isOverdue('', '2027-03-10'),
    ]).toEqual([true, false, false]);
  });
});

describe('checkDraft', () => {
  it('accepts a named task with a whole number of days', () => {
    expect(checkDraft({ title: 'Book photographer', phase: 'before', offsetDays: ' 10 ', owner: '' })).toEqual({
      ok: true,
      value: 10,
    });
  });

  it('names the title when it is empty', () => {
    expect(checkDraft({ title: '  ', phase: 'before', offsetDays: '1', owner: '' })).toEqual({
      ok: false,
      error: { field: 'title', message: 'Give the task a name, e.g. "Book the photographer".' },
    });
  });

  it('names the days field when it is not a whole number from 0 to 365', () => {
    for (const offsetDays of ['', '-1', '2.5', '366', 'seven']) {
      expect(checkDraft({ title: 'x', phase: 'after', offsetDays, owner: '' })).toEqual({
        ok: false,
        error: { field: 'offsetDays', message: 'Enter a whole number of days from 0 to 365, e.g. 7.' },
      });
    }
  });
});
