import { describe, expect, it } from 'vitest';
import {
  filterInvitees,
  NO_FILTER,
  pageOf,
  searchIndex,
  searchInvitees,
  sortInvitees,
} from '../../src/domain/invitee-filter';
import { emptyDraft } from '../../src/domain/invitees';
import type { Invitee } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const { categories } = loadContent();
const p = (id: string, name: string, extra: Partial<Invitee> = {}): Invitee => ({
  ...emptyDraft('other'),
  id,
  name,
  ...extra,
});
const list = [
  p('1', 'Zoë Åberg', { organization: 'Northside Library', category: 'library-recreation', status: 'accepted' }),
  p('2', 'ana ruiz', { organization: 'Tutoring Plus', category: 'youth', status: 'invited', notes: 'Needs a ride' }),
  p('3', 'Bo Li', { organization: 'acme', email: 'bo@tutor.example', category: 'youth', status: 'declined' }),
  p('4', 'Álvaro Díaz', { organization: 'Zeta', category: 'district-leaders', status: 'to-invite' }),
];
const ids = (people: Invitee[]) => people.map((x) => x.id);

describe('filtering and sorting invitees', () => {
  it('returns everyone in order with no filter', () => {
    expect(ids(filterInvitees(list, NO_FILTER))).toEqual(['1', '2', '3', '4']);
  });

  it('finds every word of the query in name, organization, role, email or notes, any case', () => {
    expect(ids(filterInvitees(list, { ...NO_FILTER, query: 'TUTOR' }))).toEqual(['2', '3']);
    expect(ids(filterInvitees(list, { ...NO_FILTER, query: 'ride ana' }))).toEqual(['2']);
    expect(ids(filterInvitees(list, { ...NO_FILTER, query: 'nobody' }))).toEqual([]);
  });

  it('searches a prepared index with the lower-cased text of each person, in the index order', () => {
    const index = searchIndex([list[3]!, list[1]!]);
    expect(index.texts).toEqual(['álvaro díaz\nzeta\n\n\n', 'ana ruiz\ntutoring plus\n\n\nneeds a ride']);
    expect(ids(searchInvitees(index, { ...NO_FILTER, query: 'A' }))).toEqual(['4', '2']);
    expect(ids(searchInvitees(index, { ...NO_FILTER, query: 'RIDE' }))).toEqual(['2']);
    expect(ids(searchInvitees(index, { query: 'a', category: 'district-leaders', status: '' }))).toEqual(['4']);
    expect(ids(searchInvitees(index, NO_FILTER))).toEqual(['4', '2']);
  });

  it('combines category and status filters with the query', () => {
    expect(ids(filterInvitees(list, { query: '', category: 'youth', status: '' }))).toEqual(['2', '3']);
    expect(ids(filterInvitees(list, { query: 'bo', category: 'youth', status: 'declined' }))).toEqual(['3']);
    expect(ids(filterInvitees(list, { query: '', category: 'youth', status: 'accepted' }))).toEqual([]);
  });

  it('sorts by name ignoring case and accents, by category in toolkit order, by status in RSVP order', () => {
    expect(ids(sortInvitees(list, 'name', categories))).toEqual(['4', '2', '3', '1']);
    expect(ids(sortInvitees(list, 'organization', categories))).toEqual(['3', '1', '2', '4']);
    expect(ids(sortInvitees(list, 'category', categories))).toEqual(['4', '1', '2', '3']);
    expect(ids(sortInvitees(list, 'status', categories))).toEqual(['4', '2', '1', '3']);
  });

  it('cuts a list into pages of a given size and clamps the page number', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 3, 50)).toEqual({ items: items.slice(100), page: 3, pages: 3 });
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
