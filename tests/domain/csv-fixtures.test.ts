import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHeaderRow, guessMapping } from '../../src/domain/csv-columns';
import { decodeCsvBytes } from '../../src/domain/csv-decode';
import { parseCsv } from '../../src/domain/csv-parse';
import { buildImportPreview, type ImportPreview } from '../../src/domain/csv-rows';
import type { Invitee } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { V3_PERSON } from '../helpers/person';

const { categories } = loadContent();
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));

/** The whole import path a user goes through, with the guessed mapping. */
function importFixture(name: string, existing: Invitee[] = []) {
  const decoded = decodeCsvBytes(fixture(name));
  const table = parseCsv(decoded.text);
  const headerRow = findHeaderRow(table.rows);
  const mapping = guessMapping(table.rows[headerRow] ?? []);
  const preview = buildImportPreview(table, mapping, existing, { categories, defaultCategory: 'other', headerRow });
  return { decoded, table, headerRow, mapping, preview };
}

/** The ready rows as short tuples, to compare whole lists at once. */
const people = (preview: ImportPreview) =>
  preview.ready.map(({ row, invitee: p }) => [row, p.name, p.organization, p.role, p.email, p.category, p.status]);

describe('importing real-world CSV files', () => {
  it('reads an Excel "CSV UTF-8" file: BOM stripped, CRLF handled, categories and statuses mapped back', () => {
    const { decoded, table, mapping, preview } = importFixture('excel-utf8.csv');
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(table.rows[0]![0]).toBe('Name');
    expect(table.delimiter).toBe(',');
    expect(mapping).toEqual(['name', 'organization', 'role', 'email', 'category', 'status']);
    expect(people(preview)).toEqual([
      [
        2,
        'José Núñez',
        'Riverside Unified',
        'Superintendent',
        'jose.nunez@riverside.example',
        'district-leaders',
        'invited',
      ],
      [3, 'Zoë Åberg', 'Northside Library', 'Branch manager', 'zoe@library.example', 'library-recreation', 'accepted'],
      [4, '李小龍', 'Youth Council', 'Student representative', '', 'youth', 'to-invite'],
    ]);
    expect(preview.errors).toEqual([]);
  });

  it('detects the semicolon of a European Excel file and keeps commas inside cells', () => {
    const { table, mapping, preview } = importFixture('semicolon.csv');
    expect(table.delimiter).toBe(';');
    expect(mapping).toEqual(['name', 'organization', 'email', 'category']);
    expect(people(preview)).toEqual([
      [2, 'Müller, Anna', 'Stadtbibliothek', '', 'anna.mueller@example.org', 'library-recreation', 'to-invite'],
      [3, 'Dupont, Marc', 'Fondation Lumière, Lyon', '', 'marc@fondation.example', 'funders', 'to-invite'],
    ]);
  });

  it('falls back to Windows-1252 for a file that is not UTF-8 and keeps the accents', () => {
    const { decoded, preview } = importFixture('windows-1252.csv');
    expect(decoded).toMatchObject({ encoding: 'windows-1252', hadBom: false });
    expect(preview.ready.map((r) => [r.invitee.name, r.invitee.organization, r.invitee.notes])).toEqual([
      ['José Núñez', 'Café Olé', 'Budget 5 000 €'],
      ['François Lefèvre', 'Crédit Coopératif', 'Parent’s group lead'],
      ['Björn Ångström', 'Škola', ''],
    ]);
  });

  it('maps the current Google Contacts export: first + last name, organization name and title, e-mail 1', () => {
    const { mapping, preview } = importFixture('google-contacts.csv');
    expect(mapping.map((field, i) => (field ? `${i}:${field}` : null)).filter(Boolean)).toEqual([
      '0:firstName',
      '2:lastName',
      '10:organization',
      '11:role',
      '14:notes',
      '18:email',
    ]);
    expect(people(preview)).toEqual([
      [2, 'Maria Lopez', 'Boys and Girls Club', 'Director', 'maria@bgc.example', 'other', 'to-invite'],
      [3, 'Sam Lee', '', '', 'SAM.LEE@example.org', 'other', 'to-invite'],
    ]);
    expect(preview.ready[0]!.invitee.notes).toBe('Met at the fair');
    expect(preview.ignoredColumns).toContain('Labels (column 17)');
  });

  it('maps the older Google Contacts export: Name, E-mail 1 - Value, Organization 1 - Name and Title', () => {
    const { preview } = importFixture('google-contacts-legacy.csv');
    expect(people(preview)).toEqual([
      [
        2,
        'Dana Whitfield',
        'Riverside Community College',
        'Dean of Students',
        'dana@college.example',
        'other',
        'to-invite',
      ],
    ]);
  });

  it('maps an Outlook export: Job Title (not the courtesy Title), Company, the first E-mail Address, and ignores Categories', () => {
    const { mapping, preview } = importFixture('outlook.csv');
    expect(mapping[3]).toBeNull();
    expect(mapping[15]).toBeNull();
    expect(mapping[23]).toBeNull();
    expect(people(preview)).toEqual([
      [2, 'Priya Shah', 'County Government', 'Director', 'priya.shah@county.example', 'other', 'to-invite'],
    ]);
    expect(preview.ready[0]!.invitee.notes).toBe("Chairs the children's cabinet");
  });

  it('keeps quoted line breaks, doubled quotes and commas inside cells, numbering rows by record', () => {
    const { preview } = importFixture('quoted.csv');
    expect(preview.ready.map((r) => [r.row, r.invitee.name, r.invitee.organization, r.invitee.notes])).toEqual([
      [2, "O'Brien, Pat", 'The "Learning" Lab', 'First line\r\nsecond line, with comma\r\nthird "quoted" line'],
      [3, 'Kim Tran', 'Tutors, Inc.', ''],
    ]);
  });

  it('gives an empty preview for an empty file and for a file with only a header', () => {
    const empty = importFixture('empty.csv');
    expect(empty.table.rows).toEqual([]);
    expect(empty.preview).toEqual({
      ready: [],
      duplicates: [],
      errors: [],
      blankRows: 0,
      ignoredColumns: [],
      unknownCategories: [],
      shortRows: [],
      rowsAbove: 0,
    });
    const headerOnly = importFixture('header-only.csv');
    expect(headerOnly.table.rows).toEqual([['Name', 'Email']]);
    expect(headerOnly.preview).toEqual({
      ready: [],
      duplicates: [],
      errors: [],
      blankRows: 0,
      ignoredColumns: [],
      unknownCategories: [],
      shortRows: [],
      rowsAbove: 0,
    });
  });

  it('finds the column names below the notes a contact tool puts first, and imports the rows under them', () => {
    const { headerRow, mapping, preview } = importFixture('notes-above-header.csv');
    expect(headerRow).toBe(3);
    expect(mapping).toEqual(['name', 'organization', 'email', 'category']);
    expect(preview.rowsAbove).toBe(3);
    expect(people(preview)).toEqual([
      [5, 'Ana Ruiz', 'Riverside Library', '', 'ana@example.org', 'other', 'to-invite'],
      [6, 'Ben Ode', 'Hope Center', '', 'ben@example.org', 'other', 'to-invite'],
      [7, 'Cy Park', 'Riverside USD', '', 'cy@example.org', 'educators', 'to-invite'],
      [8, 'Dee Moss', 'Friends of the Library', '', 'dee@example.org', 'other', 'to-invite'],
    ]);
    expect(preview.errors).toEqual([]);
  });

  it('imports rows with unknown categories, listing each value once with its rows, into the chosen category', () => {
    const { table, mapping, preview } = importFixture('unknown-categories.csv');
    expect(preview.errors).toEqual([]);
    expect(preview.unknownCategories).toEqual([
      { value: 'Library', key: 'library', rows: [2, 5], category: 'other' },
      { value: 'Community-based organization', key: 'communitybasedorganization', rows: [3], category: 'other' },
    ]);
    const chosen = buildImportPreview(table, mapping, [], {
      categories,
      defaultCategory: 'other',
      categoryChoices: { library: 'library-recreation', communitybasedorganization: 'community-orgs' },
    });
    expect(chosen.ready.map((r) => r.invitee.category)).toEqual([
      'library-recreation',
      'community-orgs',
      'educators',
      'library-recreation',
    ]);
  });

  it('imports short rows with the missing cells empty and lists them by row number', () => {
    const { preview } = importFixture('short-rows.csv');
    expect(preview.shortRows).toEqual([3, 4]);
    expect(people(preview).map(([row, name, organization, , email]) => [row, name, organization, email])).toEqual([
      [2, 'Ana Ruiz', 'Tutoring Plus', 'ana@example.org'],
      [3, 'Ben Ode', 'Mentor Network', ''],
      [4, 'Cy Park', '', ''],
      [5, 'Dee Moss', 'School 12', 'dee@example.org'],
    ]);
  });

  it('lists every row of a ragged file that cannot be imported, with its row number and why', () => {
    const existing: Invitee[] = [];
    const { preview } = importFixture('ragged.csv', existing);
    expect(preview.ready.map((r) => [r.row, r.invitee.name, r.invitee.email])).toEqual([
      [2, 'Ana Ruiz', ''],
      [7, 'Dee Moss', 'ana@example.org'],
    ]);
    expect(preview.blankRows).toBe(1);
    expect(preview.shortRows).toEqual([2]);
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Row 3: it has 5 cells but the header has 3; a delimiter inside an unquoted cell may have shifted the columns.',
      'Row 5: it has no name.',
      'Row 6: "not-an-email" is not an email address.',
      'Row 8: it has the same email as row 7, which is imported instead.',
    ]);
  });

  it('imports formula-looking names as plain text and removes only our own guard quote', () => {
    const { preview } = importFixture('formulas.csv');
    expect(preview.ready.map((r) => [r.invitee.name, r.invitee.organization, r.invitee.notes])).toEqual([
      ['=HYPERLINK("http://evil.example","Click")', 'Acme', 'ok'],
      ['+1 555 0100', '-Minus Org', '@SUM(A1)\r\n=line two'],
      ['=already guarded', '@Corp', ''],
      ['=1+1', "=cmd|' /C calc'!A0", ''],
    ]);
    expect(preview.errors).toEqual([]);
  });

  it('never loses a column to duplicate, empty or __proto__ headers', () => {
    const { table, mapping, preview } = importFixture('odd-headers.csv');
    expect(table.rows[1]).toEqual([
      'Lee Chu',
      'lee@work.example',
      'lee@home.example',
      'blank header value',
      'proto value',
      'ctor value',
    ]);
    expect(mapping).toEqual(['name', 'email', null, null, null, null]);
    expect(preview.ignoredColumns).toEqual([
      'Email (column 3)',
      'Column 4 (no header)',
      '__proto__ (column 5)',
      'constructor (column 6)',
    ]);
    expect(preview.ready[0]!.invitee.email).toBe('lee@work.example');
  });

  it('shows people already on the list (same email, any case) as duplicates instead of adding them', () => {
    const existing: Invitee[] = [
      {
        ...V3_PERSON,
        id: 'p1',
        name: 'Samuel Lee',
        organization: '',
        role: '',
        email: 'sam.lee@EXAMPLE.org',
        category: 'educators',
        status: 'accepted',
        planningRole: 'none',
        mediaRelease: true,
        notes: '',
      },
    ];
    const { preview } = importFixture('google-contacts.csv', existing);
    expect(preview.ready.map((r) => r.invitee.name)).toEqual(['Maria Lopez']);
    expect(preview.duplicates.map((d) => [d.row, d.invitee.name, d.existingId, d.existingName, d.provided])).toEqual([
      [3, 'Sam Lee', 'p1', 'Samuel Lee', ['name', 'email']],
    ]);
  });
});
