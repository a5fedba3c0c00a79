import { describe, expect, it } from 'vitest';
import { buildImportPreview, readRow } from '../../src/domain/csv-rows';
import { applyImport, dataRowCount, importSummary, parseHeaderRow, peopleCount } from '../../src/domain/invitee-import';
import type { Invitee } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { V3_PERSON } from '../helpers/person';

const { categories } = loadContent();
const context = { categories, defaultCategory: 'educators' };
const mapping = ['name', 'email', 'category', 'status', 'planningRole', 'mediaRelease'] as const;

const person = (id: string, name: string, email: string, extra: Partial<Invitee> = {}): Invitee => ({
  ...V3_PERSON,
  id,
  name,
  organization: 'Old Org',
  role: 'Old role',
  email,
  category: 'funders',
  status: 'accepted',
  planningRole: 'committee',
  mediaRelease: true,
  notes: 'kept',
  ...extra,
});

describe('reading one import row', () => {
  it('turns labels, names and yes/no words into the plan values', () => {
    expect(
      readRow(['  Ana Ruiz ', 'ana@example.org', 'youth', 'Maybe', 'Co-convener', 'Signed'], 4, [...mapping], context),
    ).toEqual({
      ok: true,
      value: {
        row: 4,
        invitee: {
          ...V3_PERSON,
          name: 'Ana Ruiz',
          organization: '',
          role: '',
          email: 'ana@example.org',
          category: 'youth',
          status: 'tentative',
          planningRole: 'co-convener',
          mediaRelease: true,
          notes: '',
        },
        provided: ['name', 'email', 'category', 'status', 'planningRole', 'mediaRelease'],
      },
    });
  });

  it('names every unknown value of a row in one message', () => {
    expect(readRow(['Bo', 'bo@', 'Aliens', 'Going', 'boss', 'perhaps'], 9, [...mapping], context)).toEqual({
      ok: false,
      error:
        '"bo@" is not an email address; the status "Going" is not one of To invite, Invited, Accepted, Tentative, Declined; the planning role "boss" is not None, Co-convener or Organizing committee; the media release "perhaps" is not Yes or No.',
    });
  });

  it('reports a row whose cells are names of Object.prototype members instead of importing them', () => {
    expect(
      readRow(
        ['Cy', 'cy@example.org', '__proto__', 'constructor', 'toString', 'constructor'],
        5,
        [...mapping],
        context,
      ),
    ).toEqual({
      ok: false,
      error:
        'the status "constructor" is not one of To invite, Invited, Accepted, Tentative, Declined; the planning role "toString" is not None, Co-convener or Organizing committee; the media release "constructor" is not Yes or No.',
    });
    expect(readRow(['Cy', '', '', 'toString'], 6, [...mapping], context)).toEqual({
      ok: false,
      error: 'the status "toString" is not one of To invite, Invited, Accepted, Tentative, Declined.',
    });
    const proto = readRow(['Cy', '', '__proto__'], 7, [...mapping], { ...context, categoryChoices: {} });
    expect(proto.ok && [proto.value.invitee.category, proto.value.unknownCategory]).toEqual(['other', '__proto__']);
  });

  it('imports a row with an unknown category into the fallback category, or the one chosen for that value', () => {
    const fallback = readRow(['Di', '', 'Library'], 3, [...mapping], context);
    const chosen = readRow(['Di', '', ' library '], 3, [...mapping], {
      ...context,
      categoryChoices: { library: 'library-recreation' },
    });
    expect(fallback.ok && [fallback.value.invitee.category, fallback.value.unknownCategory]).toEqual([
      'other',
      'Library',
    ]);
    expect(chosen.ok && chosen.value.invitee.category).toBe('library-recreation');
  });

  it('refuses text longer than the plan allows, naming the field', () => {
    expect(readRow(['N'.repeat(201)], 2, ['name'], context)).toEqual({
      ok: false,
      error: 'the name is longer than 200 characters.',
    });
  });

  it('uses the default category when the category cell is empty', () => {
    const result = readRow(['Cy', '', ''], 2, ['name', 'email', 'category'], context);
    expect(result.ok && result.value.invitee.category).toBe('educators');
  });
});

describe('previewing rows without a header', () => {
  it('imports the first row too and numbers rows from 1 when the file has no header', () => {
    const table = {
      delimiter: '\t' as const,
      rows: [
        ['Ana Ruiz', 'ana@example.org'],
        ['Bo Li', 'bo@'],
      ],
      problems: [],
    };
    const preview = buildImportPreview(table, ['name', 'email'], [], { ...context, headerRow: null });
    expect(preview.ready.map((r) => [r.row, r.invitee.name])).toEqual([[1, 'Ana Ruiz']]);
    expect(preview.errors).toEqual([{ row: 2, message: 'Row 2: "bo@" is not an email address.' }]);
    expect(preview.ignoredColumns).toEqual([]);
  });
});

describe('applying an import', () => {
  const existing = [person('p1', 'Ana Ruiz', 'ana@example.org'), person('p2', 'Bo Li', '')];
  const table = {
    delimiter: ',' as const,
    rows: [
      ['Name', 'Email', 'Status'],
      ['Ana R.', 'ANA@example.org', 'Declined'],
      ['Cy Park', 'cy@example.org', ''],
    ],
    problems: [],
  };
  const preview = buildImportPreview(table, ['name', 'email', 'status'], existing, context);
  let counter = 0;
  const makeId = () => `new-${(counter += 1)}`;

  it('adds new people after the existing ones and skips duplicates when asked', () => {
    counter = 0;
    expect(applyImport(existing, preview, 'skip', makeId)).toEqual({
      invitees: [
        ...existing,
        {
          ...V3_PERSON,
          id: 'new-1',
          name: 'Cy Park',
          organization: '',
          role: '',
          email: 'cy@example.org',
          category: 'educators',
          status: 'to-invite',
          planningRole: 'none',
          mediaRelease: false,
          notes: '',
        },
      ],
      added: 1,
      updated: 0,
    });
  });

  it('updates a duplicate only in the fields the file gave, keeping the rest', () => {
    counter = 0;
    const result = applyImport(existing, preview, 'update', makeId);
    expect(result.invitees[0]).toEqual(person('p1', 'Ana R.', 'ANA@example.org', { status: 'declined' }));
    expect([result.added, result.updated, result.invitees.length]).toEqual([1, 1, 3]);
  });

  it('does not touch the list it was given', () => {
    applyImport(existing, preview, 'update', makeId);
    expect(existing[0]!.name).toBe('Ana Ruiz');
  });
});

describe('summing up an import before it is confirmed', () => {
  const existing = [person('p1', 'Ana Ruiz', 'ana@example.org'), person('p2', 'Bo Li', 'bo@example.org')];
  const table = {
    delimiter: ',' as const,
    rows: [
      ['Name', 'Email'],
      ['Ana R.', 'ana@example.org'],
      ['Bo L.', 'BO@example.org'],
      ['Cy Park', 'cy@example.org'],
      ['', ''],
      ['No Email', 'nope'],
    ],
    problems: [],
  };
  const preview = buildImportPreview(table, ['name', 'email'], existing, context);

  it('counts new people, and duplicates only when they are to be updated', () => {
    expect(importSummary(preview, 'skip')).toEqual({ added: 1, updated: 0, total: 1, canImport: true });
    expect(importSummary(preview, 'update')).toEqual({ added: 1, updated: 2, total: 3, canImport: true });
  });

  it('has nothing to import without a preview, or when every row is a skipped duplicate', () => {
    expect(importSummary(null, 'update')).toEqual({ added: 0, updated: 0, total: 0, canImport: false });
    const onlyTwins = buildImportPreview(
      { ...table, rows: table.rows.slice(0, 3) },
      ['name', 'email'],
      existing,
      context,
    );
    expect(importSummary(onlyTwins, 'skip')).toEqual({ added: 0, updated: 0, total: 0, canImport: false });
    expect(importSummary(onlyTwins, 'update')).toEqual({ added: 0, updated: 2, total: 2, canImport: true });
  });

  it('agrees with what applying the import does', () => {
    const applied = applyImport(existing, preview, 'update', () => 'new');
    const summary = importSummary(preview, 'update');
    expect([summary.added, summary.updated]).toEqual([applied.added, applied.updated]);
  });

  it('counts the rows after the header as data rows, or every row without a header', () => {
    expect([dataRowCount(table, 0), dataRowCount(table, null), dataRowCount(table, 2)]).toEqual([5, 6, 3]);
    expect(dataRowCount({ ...table, rows: [] }, 0)).toBe(0);
  });
});

describe('import wording and options', () => {
  it('says person for one and people for more, and for none', () => {
    expect([peopleCount(0), peopleCount(1), peopleCount(2)]).toEqual(['0 people', '1 person', '2 people']);
  });

  it('reads "the column names are on row N" as a row of the file with people below it', () => {
    expect([parseHeaderRow(' 4 ', 10), parseHeaderRow('1', 2)]).toEqual([
      { ok: true, value: 3 },
      { ok: true, value: 0 },
    ]);
    expect([
      parseHeaderRow('0', 10),
      parseHeaderRow('two', 10),
      parseHeaderRow('10', 10),
      parseHeaderRow('1', 1),
    ]).toEqual([
      { ok: false, error: 'Enter a row number, e.g. 1 for the first row.' },
      { ok: false, error: 'Enter a row number, e.g. 1 for the first row.' },
      { ok: false, error: 'The file has 10 rows; the column names must be on row 9 or before, with people below.' },
      { ok: false, error: 'The file has only one row, so there are no people below the column names.' },
    ]);
  });
});
