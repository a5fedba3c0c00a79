import { describe, expect, it } from 'vitest';
import { columnCount, columnLabel, findHeaderRow, guessMapping, mappingProblems } from '../../src/domain/csv-columns';
import { INVITEE_CSV_HEADERS } from '../../src/domain/invitees';

describe('guessing the column mapping from headers', () => {
  it('recognises every column of our own export', () => {
    expect(guessMapping(INVITEE_CSV_HEADERS)).toEqual([
      'name',
      'organization',
      'role',
      'email',
      'category',
      'status',
      'planningRole',
      'mediaRelease',
      'notes',
    ]);
  });

  it('ignores case, spaces, hyphens and accents in headers', () => {
    expect(guessMapping(['  FIRST NAME', 'last-name', 'E-Mail', 'Organisation', 'RSVP', 'Rôle'])).toEqual([
      'firstName',
      'lastName',
      'email',
      'organization',
      'status',
      'role',
    ]);
  });

  it('gives each field to one column only, the best-named one first', () => {
    expect(guessMapping(['Title', 'Name', 'Job Title', 'Name'])).toEqual([null, 'name', 'role', null]);
  });

  it('names columns by header and position, and says so when a header is empty', () => {
    expect([columnLabel(['Name', ' '], 0), columnLabel(['Name', ' '], 1), columnLabel(['Name'], 4)]).toEqual([
      'Name (column 1)',
      'Column 2 (no header)',
      'Column 5 (no header)',
    ]);
  });

  it('counts the columns of rows without a header by the widest row', () => {
    expect(columnCount([['a'], ['b', 'c', 'd'], ['e', 'f']])).toBe(3);
    expect(columnCount([])).toBe(0);
  });

  it('asks for a name column and for each field to be chosen once', () => {
    expect(mappingProblems(['email', null])).toEqual([
      'Choose the column that holds names (or the first-name and last-name columns).',
    ]);
    expect(mappingProblems(['lastName', 'email', 'email'])).toEqual([
      '"Email" is chosen for 2 columns; choose it for one.',
    ]);
    expect(mappingProblems(['name', 'email'])).toEqual([]);
  });
});

describe('findHeaderRow', () => {
  it('passes over notes to the first row with two known column names', () => {
    const rows = [
      ['Exported from Outreach'],
      ['Name: the list of 4 January'],
      [''],
      ['Full Name', 'E-mail Address'],
      ['Ana', 'a@x.org'],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });

  it('keeps the first row when no row looks like column names', () => {
    expect(
      findHeaderRow([
        ['Ana Ruiz', 'ana@example.org'],
        ['Bo Li', 'bo@example.org'],
      ]),
    ).toBe(0);
  });
});
