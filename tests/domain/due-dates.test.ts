import { describe, expect, it } from 'vitest';
import { dayMonth, movedNote, workdayDue } from '../../src/domain/due-dates';

describe('workdayDue', () => {
  it('moves a Saturday and a Sunday to the Friday before', () => {
    expect([workdayDue('2027-03-13'), workdayDue('2027-03-14')]).toEqual([
      { due: '2027-03-12', movedFrom: '2027-03-13' },
      { due: '2027-03-12', movedFrom: '2027-03-14' },
    ]);
  });

  it('keeps weekdays, unset dates and the event days as they are', () => {
    expect([workdayDue('2027-03-12'), workdayDue(''), workdayDue('2027-03-13', ['2027-03-13'])]).toEqual([
      { due: '2027-03-12', movedFrom: '' },
      { due: '', movedFrom: '' },
      { due: '2027-03-13', movedFrom: '' },
    ]);
  });

  it('moves to the Monday after when the Friday before comes before the earliest allowed date', () => {
    expect([workdayDue('2027-03-20', [], '2027-03-20'), workdayDue('2027-03-21', [], '2027-03-20')]).toEqual([
      { due: '2027-03-22', movedFrom: '2027-03-20' },
      { due: '2027-03-22', movedFrom: '2027-03-21' },
    ]);
  });

  it('crosses a month and a year end', () => {
    expect([workdayDue('2027-05-01').due, workdayDue('2028-01-02').due]).toEqual(['2027-04-30', '2027-12-31']);
  });
});

describe('movedNote', () => {
  it('names the weekend day it was moved from, and nothing when it was not moved', () => {
    expect([movedNote('2027-03-13'), movedNote('')]).toEqual(['moved from Sat 13 Mar, a weekend', '']);
  });

  it('writes a day as weekday, day and month', () => {
    expect(dayMonth('2027-01-03')).toBe('Sun 3 Jan');
  });
});
