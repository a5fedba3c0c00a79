import { $history, redo, undo } from '../../src/stores/history';
import { beforeEach, describe, expect, it } from 'vitest';
import { setFileSaver } from '../../src/platform/save-file';
import { $exportStatus, exportFile } from '../../src/stores/exports';
import { emptyDraft } from '../../src/domain/invitees';
import { createPlan } from '../../src/domain/plan';
import { addInvitee, deleteInvitee, importInvitees, setInviteeStatus, updateInvitee } from '../../src/stores/invitees';
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
      error: { email: 'Ana Ruiz already has this email.' },
    });
    expect($plan.get()).toBe(before);
  });

  it('edits, changes a status and deletes, each undoable and redoable with its label', () => {
    const result = addInvitee({ ...emptyDraft('youth'), name: 'Ana' }, categories);
    const id = result.ok ? result.value : '';
    updateInvitee(id, { ...emptyDraft('youth'), name: 'Ana Ruiz' }, categories);
    setInviteeStatus(id, 'accepted');
    deleteInvitee(id);
    expect(names()).toEqual([]);
    expect($history.get()).toEqual({ undoLabel: 'delete Ana Ruiz', redoLabel: null });
    expect(undo()).toBe('delete Ana Ruiz');
    expect(names()).toEqual(['Ana Ruiz:accepted']);
    expect(undo()).toBe('change the status of Ana Ruiz');
    expect(undo()).toBe('edit Ana Ruiz');
    expect(names()).toEqual(['Ana:to-invite']);
    expect(redo()).toBe('edit Ana Ruiz');
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
        unknownCategories: [],
        shortRows: [],
        rowsAbove: 0,
      },
      'update',
    );
    expect(counts).toEqual({ ok: true, value: { added: 2, updated: 1 } });
    expect(names()).toEqual(['Ana R.:invited', 'Bo:invited', 'Cy:invited']);
    expect(undo()).toBe('import people');
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
    expect(
      importInvitees(
        {
          ready,
          duplicates: [],
          errors: [],
          blankRows: 0,
          ignoredColumns: [],
          unknownCategories: [],
          shortRows: [],
          rowsAbove: 0,
        },
        'skip',
      ),
    ).toEqual({
      ok: false,
      error:
        'The list can hold at most 20000 people: you have 1 and the file adds 20000. Split the file or remove people first.',
    });
    expect($plan.get()).toBe(before);
  });
});

describe('downloading the invitee list from the invitees page', () => {
  it('saves the CSV through the export store with the categories alone, or says why not', async () => {
    const saved: { name: string; bytes: number[] }[] = [];
    const restore = setFileSaver(
      (name, blob) =>
        void blob.arrayBuffer().then((buffer) => saved.push({ name, bytes: [...new Uint8Array(buffer)] })),
    );
    try {
      await exportFile('invitees-csv', { goals: [], categories });
      expect(saved).toEqual([]);
      expect($exportStatus.get()).toEqual({ kind: 'error', message: 'No file was made. The invitee list is empty.' });
      addInvitee({ ...emptyDraft('youth'), name: 'Ana Ruiz', email: 'ana@example.org' }, categories);
      await exportFile('invitees-csv', { goals: [], categories });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(saved.map((file) => [file.name, file.bytes.slice(0, 3)])).toEqual([
        ['convening-plan-invitees.csv', [0xef, 0xbb, 0xbf]],
      ]);
      expect(new TextDecoder().decode(new Uint8Array(saved[0]!.bytes.slice(3)))).toBe(
        'Name,Organization,Role,Email,Category,Status,Planning role,Media release,Notes\r\n' +
          'Ana Ruiz,,,ana@example.org,Youth,To invite,None,No,\r\n',
      );
      expect($exportStatus.get()).toEqual({
        kind: 'done',
        message:
          'convening-plan-invitees.csv was handed to your browser to download. If it is not in your downloads, click again.',
      });
    } finally {
      restore();
    }
  });
});
