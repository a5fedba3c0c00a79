/**
 * Checks every data row of an imported file against the mapping and the current list, and
 * builds the preview the user confirms: rows ready to add, people already on the list (same
 * email) to skip or update, and every row that cannot be imported with its number and why.
 * Nothing here touches the plan; ./invitee-import.ts applies a confirmed preview.
 */
import type { StakeholderCategory } from './content-schemas';
import type { ColumnMapping, ImportField } from './csv-columns';
import { columnLabel } from './csv-columns';
import { restoreFormulaText } from './csv-cells';
import type { CsvProblem, CsvTable } from './csv-parse';
import {
  categoryIdFor,
  emailKey,
  emptyDraft,
  FIELD_NAMES,
  isEmailLike,
  parsePlanningRole,
  parseStatus,
  parseYesNo,
  squash,
  TEXT_LIMITS,
  type InviteeDraft,
  type InviteeTextField,
} from './invitees';
import type { Invitee } from './plan';
import { fail, ok, type Result } from './result';

export interface ImportRow {
  /** Row number in the file (the header is row 1). */
  row: number;
  invitee: InviteeDraft;
  /** Fields the file gave a value for; an update changes only these. */
  provided: (keyof InviteeDraft)[];
  /** The category cell as written when it names no known category (mapped by the user), else absent. */
  unknownCategory?: string;
}

/** A category value in the file that names no stakeholder category, and where it goes. */
export interface UnknownCategory {
  /** The value as first written in the file. */
  value: string;
  /** Its key (squashed), the key of `Context.categoryChoices`. */
  key: string;
  /** The rows that have it. */
  rows: number[];
  /** The category those rows go to: the user's choice, or the fallback. */
  category: string;
}

export interface ImportDuplicate extends ImportRow {
  existingId: string;
  existingName: string;
}

export interface ImportPreview {
  ready: ImportRow[];
  duplicates: ImportDuplicate[];
  errors: CsvProblem[];
  /** Rows with no content at all, skipped without an error. */
  blankRows: number;
  /** Labels of columns that will not be imported, so the user sees them. */
  ignoredColumns: string[];
  /** Category values the app does not know, each with the category its rows go to. */
  unknownCategories: UnknownCategory[];
  /** Rows with fewer cells than there are columns (the missing cells are read as empty). */
  shortRows: number[];
  /** Rows above the column names, passed over as notes. */
  rowsAbove: number;
}

export type DuplicateChoice = 'skip' | 'update';

interface Context {
  categories: readonly StakeholderCategory[];
  /** Category for rows with no category cell (or no category column). */
  defaultCategory: string;
  /**
   * The row (0-based) that holds the column names; rows above it are notes. Null when the file
   * has none (rows pasted without their header). Default 0, the first row.
   */
  headerRow?: number | null;
  /** The category chosen for each unknown category value, by its key (see UnknownCategory). */
  categoryChoices?: Readonly<Record<string, string>>;
}

/** Where rows with an unknown category value go unless the user chooses: "Other" when there is one. */
export function fallbackCategory(categories: readonly StakeholderCategory[], defaultCategory: string): string {
  return categories.some((c) => c.id === FALLBACK_CATEGORY) ? FALLBACK_CATEGORY : defaultCategory;
}

/** The catch-all stakeholder category of content/stakeholder-categories.yaml. */
export const FALLBACK_CATEGORY = 'other';

/** A row with no content at all (blank lines are skipped without an error). */
const isBlankRow = (row: string[]) => row.every((cell) => cell.trim() === '');

/** A cell as typed by the user: our export's formula guard removed, spaces trimmed. */
const cellText = (value: string | undefined) => restoreFormulaText(value ?? '').trim();

/** Reads one data row into a draft, or says in one sentence why it cannot be imported. */
export function readRow(cells: string[], row: number, mapping: ColumnMapping, context: Context): Result<ImportRow> {
  const value: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, index) => {
    if (field) value[field] = cellText(cells[index]);
  });
  if (cells.length > mapping.length) {
    return fail(
      `it has ${cells.length} cells but the header has ${mapping.length}; a delimiter inside an unquoted cell may have shifted the columns.`,
    );
  }
  const invitee = emptyDraft(context.defaultCategory);
  const provided: (keyof InviteeDraft)[] = [];
  const fullName = value.name || [value.firstName, value.lastName].filter(Boolean).join(' ');
  if (!fullName) return fail('it has no name.');
  invitee.name = fullName;
  provided.push('name');
  for (const field of ['organization', 'role', 'email', 'notes'] as const) {
    const text = value[field];
    if (text) {
      invitee[field] = text;
      provided.push(field);
    }
  }
  const problems: string[] = [];
  for (const field of Object.keys(TEXT_LIMITS) as InviteeTextField[]) {
    if (invitee[field].length > TEXT_LIMITS[field]) {
      problems.push(`the ${FIELD_NAMES[field]} is longer than ${TEXT_LIMITS[field]} characters`);
    }
  }
  if (invitee.email && !isEmailLike(invitee.email)) problems.push(`"${invitee.email}" is not an email address`);
  /** Takes a read cell into the draft, or notes its problem under the column's name. */
  const take = <K extends 'category' | 'status' | 'planningRole' | 'mediaRelease'>(
    field: K,
    column: string,
    read: Result<InviteeDraft[K]>,
  ) => {
    if (read.ok) {
      invitee[field] = read.value;
      provided.push(field);
    } else problems.push(`the ${column} ${read.error}`);
  };
  let unknownCategory: string | undefined;
  if (value.category) {
    const known = categoryIdFor(value.category, context.categories);
    if (known.ok) take('category', 'category', known);
    else {
      // Not a reason to refuse the row: the preview asks where such values go.
      unknownCategory = value.category;
      const choices = context.categoryChoices ?? {};
      const key = squash(value.category);
      // Own keys only: a cell saying "__proto__" must not read Object's prototype.
      invitee.category = Object.hasOwn(choices, key)
        ? choices[key]!
        : fallbackCategory(context.categories, context.defaultCategory);
      provided.push('category');
    }
  }
  if (value.status) take('status', 'status', parseStatus(value.status));
  if (value.planningRole) take('planningRole', 'planning role', parsePlanningRole(value.planningRole));
  if (value.mediaRelease) take('mediaRelease', 'media release', parseYesNo(value.mediaRelease));
  if (problems.length > 0) return fail(`${problems.join('; ')}.`);
  return ok(unknownCategory === undefined ? { row, invitee, provided } : { row, invitee, provided, unknownCategory });
}

/**
 * The preview of importing `table` (the header on `headerRow`, row 1 unless said otherwise; the
 * rows above it are notes) with `mapping` into `existing`.
 * A second row with an email seen earlier in the file is an error naming the first row. Rows
 * with fewer cells than the header are imported with the missing cells empty, and listed.
 */
export function buildImportPreview(
  table: CsvTable,
  mapping: ColumnMapping,
  existing: readonly Invitee[],
  context: Context,
): ImportPreview {
  const preview: ImportPreview = {
    ready: [],
    duplicates: [],
    errors: table.problems.map((p) => ({ row: p.row, message: `Row ${p.row}: ${p.message}` })),
    blankRows: 0,
    ignoredColumns: [],
    unknownCategories: [],
    shortRows: [],
    rowsAbove: 0,
  };
  const headerRow = context.headerRow === undefined ? 0 : context.headerRow;
  const firstData = headerRow === null ? 0 : headerRow + 1;
  preview.rowsAbove = headerRow ?? 0;
  const headers = headerRow === null ? [] : (table.rows[headerRow] ?? []);
  const unknown = new Map<string, UnknownCategory>();
  mapping.forEach((field, index) => {
    if (field === null) preview.ignoredColumns.push(columnLabel(headers, index));
  });
  const byEmail = new Map(existing.filter((p) => p.email).map((p) => [emailKey(p.email), p]));
  const seenInFile = new Map<string, number>();
  const failed = new Set(table.problems.map((p) => p.row));
  for (let i = firstData; i < table.rows.length; i += 1) {
    const cells = table.rows[i]!;
    const row = i + 1;
    if (isBlankRow(cells)) {
      preview.blankRows += 1;
      continue;
    }
    if (failed.has(row)) continue;
    const result = readRow(cells, row, mapping, context);
    if (!result.ok) {
      preview.errors.push({ row, message: `Row ${row}: ${result.error}` });
      continue;
    }
    if (cells.length < mapping.length) preview.shortRows.push(row);
    const strange = result.value.unknownCategory;
    if (strange !== undefined) {
      const key = squash(strange);
      const entry = unknown.get(key);
      if (entry) entry.rows.push(row);
      else unknown.set(key, { value: strange, key, rows: [row], category: result.value.invitee.category });
    }
    const key = emailKey(result.value.invitee.email);
    if (key) {
      const first = seenInFile.get(key);
      if (first !== undefined) {
        preview.errors.push({
          row,
          message: `Row ${row}: it has the same email as row ${first}, which is imported instead.`,
        });
        continue;
      }
      seenInFile.set(key, row);
      const twin = byEmail.get(key);
      if (twin) {
        preview.duplicates.push({ ...result.value, existingId: twin.id, existingName: twin.name });
        continue;
      }
    }
    preview.ready.push(result.value);
  }
  preview.errors.sort((a, b) => a.row - b.row);
  preview.unknownCategories = [...unknown.values()];
  return preview;
}
