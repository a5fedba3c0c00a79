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
import { fail, ok } from '../../src/domain/result';
import { loadContent } from '../helpers/content';

const { categories } = loadContent();

describe('invitee words and rules', () => {
  it('reads statuses by label or id in any case, and says why an unknown word is not one', () => {
    expect(['To invite', 'TO-INVITE', 'accepted', ' Declined ', '', 'maybe', 'yes', 'going'].map(parseStatus)).toEqual([
      ok('to-invite'),
      ok('to-invite'),
      ok('accepted'),
      ok('declined'),
      ok('to-invite'),
      ok('tentative'),
      ok('accepted'),
      fail('"going" is not one of To invite, Invited, Accepted, Tentative, Declined'),
    ]);
  });

  it('does not take names of Object.prototype members for a status, role, yes/no or category', () => {
    const cells = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    const none = [false, false, false, false, false];
    expect(cells.map((cell) => parseStatus(cell).ok)).toEqual(none);
    expect(cells.map((cell) => parsePlanningRole(cell).ok)).toEqual(none);
    expect(cells.map((cell) => parseYesNo(cell).ok)).toEqual(none);
    expect(cells.map((cell) => categoryIdFor(cell, categories).ok)).toEqual(none);
  });

  it('reads planning roles and yes/no cells', () => {
    expect(
      ['', 'None', 'co-convener', 'Organizing committee', 'Organising Committee', 'chair'].map(parsePlanningRole),
    ).toEqual([
      ok('none'),
      ok('none'),
      ok('co-convener'),
      ok('committee'),
      ok('committee'),
      fail('"chair" is not None, Co-convener or Organizing committee'),
    ]);
    expect(['Yes', 'no', 'TRUE', '0', 'x', '', 'signed', 'later'].map(parseYesNo)).toEqual([
      ok(true),
      ok(false),
      ok(true),
      ok(false),
      ok(true),
      ok(false),
      ok(true),
      fail('"later" is not Yes or No'),
    ]);
  });

  it('finds a category by its name or id, ignoring case and punctuation', () => {
    expect(
      ["children's cabinet", 'Childrens Cabinet', 'funders', 'Families and caregivers', 'Parents', ''].map((t) =>
        categoryIdFor(t, categories),
      ),
    ).toEqual([
      ok('childrens-cabinet'),
      ok('childrens-cabinet'),
      ok('funders'),
      ok('families'),
      fail('"Parents" is not one of the stakeholder categories'),
      fail('"" is not one of the stakeholder categories'),
    ]);
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
      name: 'Enter a name or an organisation.',
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
