import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../src/domain/csv-columns';
import { decodeCsvBytes } from '../../src/domain/csv-decode';
import { parseCsv } from '../../src/domain/csv-parse';
import { buildImportPreview } from '../../src/domain/csv-rows';
import { applyImport } from '../../src/domain/invitee-import';
import { INVITEE_STATUSES, PLANNING_ROLES } from '../../src/domain/invitees';
import type { Invitee } from '../../src/domain/plan';
import { inviteesToCsv } from '../../src/export/invitees-csv';
import { loadContent } from '../helpers/content';
import { V3_PERSON } from '../helpers/person';

const { categories } = loadContent();

const ana: Invitee = {
  ...V3_PERSON,
  id: 'a',
  name: 'José "Pepe" Núñez',
  organization: 'Café, Inc.',
  role: '=Director',
  email: 'jose@example.org',
  category: 'childrens-cabinet',
  status: 'tentative',
  planningRole: 'committee',
  mediaRelease: true,
  notes: 'Line one\n- bullet\n@handle',
};

/** Our import, as the page runs it: bytes → text → rows → guessed mapping → preview → list. */
function importCsv(text: string): Invitee[] {
  const decoded = decodeCsvBytes(new TextEncoder().encode(text));
  const table = parseCsv(decoded.text);
  const preview = buildImportPreview(table, guessMapping(table.rows[0] ?? []), [], {
    categories,
    defaultCategory: 'other',
  });
  expect(preview.errors).toEqual([]);
  let n = 0;
  return applyImport([], preview, 'skip', () => `id-${(n += 1)}`).invitees;
}

describe('the invitee CSV export', () => {
  it('writes a BOM, a header, CRLF line ends, category names, labels and guarded cells', () => {
    expect(inviteesToCsv([ana], categories)).toBe(
      '\uFEFFName,Organization,Role,Email,Category,Status,Planning role,Media release,Notes\r\n' +
        '"José ""Pepe"" Núñez","Café, Inc.",\'=Director,jose@example.org,Children\'s cabinet,Tentative,Organizing committee,Yes,"Line one\n\'- bullet\n\'@handle"\r\n',
    );
  });

  it('writes only the header for an empty list', () => {
    expect(inviteesToCsv([], categories)).toBe(
      '\uFEFFName,Organization,Role,Email,Category,Status,Planning role,Media release,Notes\r\n',
    );
  });

  it('reads back as the same list through our own import (property test)', () => {
    const text = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'é',
          '東',
          '🎉',
          ' ',
          ',',
          ';',
          '"',
          "'",
          '=',
          '+',
          '-',
          '@',
          '\t',
          '\n',
          '\r\n',
          '\r',
        ),
        maxLength: 20,
      })
      .map((s) => s.trim());
    const invitee = fc.record({
      name: text.filter((s) => s !== ''),
      organization: text,
      role: text,
      category: fc.constantFrom(...categories.map((c) => c.id)),
      status: fc.constantFrom(...INVITEE_STATUSES),
      planningRole: fc.constantFrom(...PLANNING_ROLES),
      mediaRelease: fc.boolean(),
      notes: text,
      hasEmail: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(invitee, { maxLength: 8 }), (drafts) => {
        // Emails on the list are unique (the form and the import refuse a second one).
        const list: Invitee[] = drafts.map(({ hasEmail, ...d }, i) => ({
          ...V3_PERSON,
          id: `id-${i + 1}`,
          ...d,
          email: hasEmail ? `person.${i}@example.org` : '',
        }));
        expect(importCsv(inviteesToCsv(list, categories))).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });
});
