/**
 * Applying a confirmed import preview to the invitee list: a pure function from the old list
 * to the new one, so the store records it as a single undoable change.
 */
import { fail, ok, type Result } from './result';
import type { CsvTable } from './csv-parse';
import type { DuplicateChoice, ImportPreview } from './csv-rows';
import type { Invitee } from './plan';

/**
 * The list's size after the import, or why the import cannot go ahead as a whole (the list
 * would outgrow what a plan holds). The user is told before confirming rather than losing people when the plan is saved.
 */
export function checkImportLimit(existingCount: number, preview: ImportPreview, limit: number): Result<number> {
  const total = existingCount + preview.ready.length;
  if (total <= limit) return ok(total);
  return fail(
    `The list can hold at most ${limit} people: you have ${existingCount} and the file adds ${preview.ready.length}. Split the file or remove people first.`,
  );
}

/** The new list after the import: existing people first (updated when chosen), new ones after. */
export function applyImport(
  existing: readonly Invitee[],
  preview: ImportPreview,
  choice: DuplicateChoice,
  makeId: () => string,
): { invitees: Invitee[]; added: number; updated: number } {
  const updates = new Map(choice === 'update' ? preview.duplicates.map((d) => [d.existingId, d]) : []);
  const invitees = existing.map((person) => {
    const update = updates.get(person.id);
    if (!update) return person;
    const next: Invitee = { ...person };
    for (const field of update.provided) Object.assign(next, { [field]: update.invitee[field] });
    return next;
  });
  for (const { invitee } of preview.ready) invitees.push({ id: makeId(), ...invitee });
  return { invitees, added: preview.ready.length, updated: updates.size };
}

/**
 * People rows in the file: the rows after the header (`headerRow`, 0-based; the rows above it are
 * notes), or every row when there is no header (`null`).
 */
export function dataRowCount(table: CsvTable, headerRow: number | null): number {
  return Math.max(0, table.rows.length - (headerRow === null ? 0 : headerRow + 1));
}

/** "1 person", "2 people": the one plural the import messages need most. */
export function peopleCount(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

/**
 * What the user typed as "the column names are on row N", as a 0-based row index, or why it
 * cannot be (not a whole number, or not a row of the file with a row after it).
 */
export function parseHeaderRow(text: string, rowCount: number): Result<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1) return fail('Enter a row number, e.g. 1 for the first row.');
  const row = Number(trimmed);
  if (row >= rowCount) {
    return fail(
      rowCount <= 1
        ? 'The file has only one row, so there are no people below the column names.'
        : `The file has ${rowCount} rows; the column names must be on row ${rowCount - 1} or before, with people below.`,
    );
  }
  return ok(row - 1);
}

export interface ImportSummary {
  /** New people the import adds. */
  added: number;
  /** People already on the list it updates (0 when duplicates are skipped). */
  updated: number;
  /** Added plus updated: the number on the Import button. */
  total: number;
  /** Whether confirming would change anything. */
  canImport: boolean;
}

/** What confirming `preview` with `choice` would do; nothing without a preview. */
export function importSummary(preview: ImportPreview | null, choice: DuplicateChoice): ImportSummary {
  const added = preview ? preview.ready.length : 0;
  const updated = preview && choice === 'update' ? preview.duplicates.length : 0;
  return { added, updated, total: added + updated, canImport: added + updated > 0 };
}
