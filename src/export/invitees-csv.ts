/**
 * The invitee list as a CSV file that Excel opens correctly: UTF-8 with a byte order mark (or
 * Excel guesses the system code page), CRLF line ends, cells guarded against formula injection.
 * Pure and small on purpose: the "download everything" zip imports it too.
 */
import Papa from 'papaparse';
import type { StakeholderCategory } from '../domain/content-schemas';
import { neutraliseFormula } from '../domain/csv-cells';
import { categoryName, INVITEE_CSV_HEADERS, PLANNING_ROLE_LABELS, STATUS_LABELS } from '../domain/invitees';
import type { Invitee } from '../domain/plan';

/** One row per invitee under `INVITEE_CSV_HEADERS`; the category by name, status and role by label. */
export function inviteesToCsv(invitees: Invitee[], categories: StakeholderCategory[]): string {
  const rows = invitees.map((p) => [
    p.name,
    p.organization,
    p.role,
    p.email,
    categoryName(p.category, categories),
    STATUS_LABELS[p.status],
    PLANNING_ROLE_LABELS[p.planningRole],
    p.mediaRelease ? 'Yes' : 'No',
    p.notes,
  ]);
  const body = Papa.unparse([[...INVITEE_CSV_HEADERS], ...rows.map((row) => row.map(neutraliseFormula))], {
    newline: '\r\n',
    quotes: false,
    escapeFormulae: false,
  });
  return `\uFEFF${body}\r\n`;
}
