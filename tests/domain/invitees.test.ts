import { describe, expect, it } from 'vitest';
import {
  categoryIdFor,
  categoryName,
  emptyDraft,
  normaliseDraft,
  parsePlanningRole,
  parseStatus,
  parseYesNo,
  validateDraft,
} from '../../src/domain/invitees';
import type { Invitee } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';

const { categories } = loadContent();

describe('invitee words and rules', () => {
  it('reads statuses by label or id in any case, and says null for unknown words', () => {
    expect(['To invite', 'TO-INVITE', 'accepted', ' Declined ', '', 'maybe', 'yes', 'going'].map(parseStatus)).toEqual([
      'to-invite',
      'to-invite',
      'accepted',
      'declined',
      'to-invite',
      'tentative',
      'accepted',
      null,
    ]);
  });

  it('does not take names of Object.prototype members for a status, role or yes/no', () => {
    const cells = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    expect(cells.map(parseStatus)).toEqual([null, null, null, null, null]);
    expect(cells.map(parsePlanningRole)).toEqual([null, null, null, null, null]);
    expect(cells.map(parseYesNo)).toEqual([null, null, null, null, null]);
    expect(cells.map((cell) => categoryIdFor(cell, categories))).toEqual([null, null, null, null, null]);
  });

  it('reads planning roles and yes/no cells', () => {
    expect(
      ['', 'None', 'co-convener', 'Organizing committee', 'Organising Committee', 'chair'].map(parsePlanningRole),
    ).toEqual(['none', 'none', 'co-convener', 'committee', 'committee', null]);
    expect(['Yes', 'no', 'TRUE', '0', 'x', '', 'signed', 'later'].map(parseYesNo)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      null,
    ]);
  });

  it('finds a category by its name or id, ignoring case and punctuation', () => {
    expect(
      ["children's cabinet", 'Childrens Cabinet', 'funders', 'Families and caregivers', 'Parents', ''].map((t) =>
        categoryIdFor(t, categories),
      ),
    ).toEqual(['childrens-cabinet', 'childrens-cabinet', 'funders', 'families', null, null]);
    expect([categoryName('youth', categories), categoryName('gone', categories)]).toEqual(['Youth', 'gone']);
  });

  it('trims every text field of a draft', () => {
    expect(normaliseDraft({ ...emptyDraft('youth'), name: '  Ana ', email: ' a@b.org ', notes: '\n hi \n' })).toEqual({
      ...emptyDraft('youth'),
      name: 'Ana',
      email: 'a@b.org',
      notes: 'hi',
    });
  });

  it('asks for a name, a real email not already on the list, and a category', () => {
    const existing: Invitee[] = [{ ...emptyDraft('youth'), id: 'p1', name: 'Ana', email: 'ana@example.org' }];
    expect(validateDraft({ ...emptyDraft('nope'), email: 'ANA@example.org' }, { existing, categories })).toEqual({
      name: 'Enter a name.',
      email: 'Ana already has this email.',
      category: 'Choose a stakeholder category.',
    });
    expect(
      validateDraft({ ...emptyDraft('youth'), name: 'Bo', email: 'bo at example' }, { existing, categories }),
    ).toEqual({
      email: '"bo at example" does not look like an email address (name@example.org).',
    });
    expect(
      validateDraft(
        { ...emptyDraft('youth'), name: 'Ana', email: 'ana@example.org' },
        { existing, categories, selfId: 'p1' },
      ),
    ).toEqual({});
    expect(
      validateDraft({ ...emptyDraft('youth'), name: 'Bo', notes: 'x'.repeat(5001) }, { existing, categories }),
    ).toEqual({
      notes: 'The notes field is longer than 5000 characters.',
    });
  });
});
