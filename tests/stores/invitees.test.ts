import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/domain/invitees';
import { createPlan } from '../../src/domain/plan';
import {
  $inviteeHistory,
  addInvitee,
  deleteInvitee,
  importInvitees,
  redoInvitees,
  setInviteeStatus,
  undoInvitees,
  updateInvitee,
} from '../../src/stores/invitees';
import { $plan, replacePlan } from '../../src/stores/plan';
import { loadContent } from '../helpers/content';

const { categories } = loadContent();
const names = () => $plan.get().invitees.map((p) => `${p.name}:${p.status}`);

beforeEach(() => {
  replacePlan(createPlan({ timeZone: 'UTC' }));
});

describe('invitee actions', () => {
  it('adds a trimmed person, and refuses a form with errors without touching the plan', () => {
    const added = addInvitee({ ...emptyDraft('youth'), name: '  Ana Ruiz ', email: 'ana@example.org' }, categories);
    expect(added.ok).toBe(true);
    expect(names()).toEqual(['Ana Ruiz:to-invite']);
    const before = $plan.get();
    expect(addInvitee({ ...emptyDraft('youth'), name: 'Twin', email: 'ANA@example.org' }, categories)).toEqual({
      ok: false,
      errors: { email: 'Ana Ruiz already has this email.' },
    });
    expect($plan.get()).toBe(before);
  });

  it('edits, changes a status and deletes, each undoable and redoable with its label', () => {
    const result = addInvitee({ ...emptyDraft('youth'), name: 'Ana' }, categories);
    const id = result.ok ? result.id : '';
    updateInvitee(id, { ...emptyDraft('youth'), name: 'Ana Ruiz' }, categories);
    setInviteeStatus(id, 'accepted');
    deleteInvitee(id);
    expect(names()).toEqual([]);
    expect($inviteeHistory.get()).toEqual({ undoLabel: 'delete Ana Ruiz', redoLabel: null });
    expect(undoInvitees()).toBe('delete Ana Ruiz');
    expect(names()).toEqual(['Ana Ruiz:accepted']);
    expect(undoInvitees()).toBe('status of Ana Ruiz');
    expect(undoInvitees()).toBe('edit Ana Ruiz');
    expect(names()).toEqual(['Ana:to-invite']);
    expect(redoInvitees()).toBe('edit Ana Ruiz');
    expect(names()).toEqual(['Ana Ruiz:to-invite']);
  });

  it('imports a whole preview as one undo step', () => {
    addInvitee({ ...emptyDraft('youth'), name: 'Ana', email: 'ana@example.org' }, categories);
    const row = (n: number, name: string, email: string) => ({
      row: n,
      invitee: { ...emptyDraft('funders'), name, email, status: 'invited' as const },
      provided: ['name' as const, 'email' as const, 'status' as const],
    });
    const existingId = $plan.get().invitees[0]!.id;
    const counts = importInvitees(
      {
        ready: [row(2, 'Bo', 'bo@example.org'), row(3, 'Cy', '')],
        duplicates: [{ ...row(4, 'Ana R.', 'ana@example.org'), existingId, existingName: 'Ana' }],
        errors: [],
        blankRows: 0,
        ignoredColumns: [],
      },
      'update',
    );
    expect(counts).toEqual({ ok: true, added: 2, updated: 1 });
    expect(names()).toEqual(['Ana R.:invited', 'Bo:invited', 'Cy:invited']);
    expect(undoInvitees()).toBe('import');
    expect(names()).toEqual(['Ana:to-invite']);
  });

  it('refuses an import that would take the list past what a plan holds, changing nothing', () => {
    const ready = Array.from({ length: 20000 }, (_, i) => ({
      row: i + 2,
      invitee: { ...emptyDraft('youth'), name: `P${i}` },
      provided: ['name' as const],
    }));
    addInvitee({ ...emptyDraft('youth'), name: 'Ana' }, categories);
    const before = $plan.get();
    expect(importInvitees({ ready, duplicates: [], errors: [], blankRows: 0, ignoredColumns: [] }, 'skip')).toEqual({
      ok: false,
      error:
        'The list can hold at most 20000 people: you have 1 and the file adds 20000. Split the file or remove people first.',
    });
    expect($plan.get()).toBe(before);
  });
});
