/**
 * Which column of an imported file feeds which invitee field. Mappings are by column index,
 * so two columns with the same header (or none) each stay visible and choosable.
 */
import { squash } from './invitees';

export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'organization',
  'role',
  'email',
  'category',
  'status',
  'planningRole',
  'mediaRelease',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One entry per column of the file: the field it fills, or null for "don't import". */
export type ColumnMapping = (ImportField | null)[];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  organization: 'Organization',
  role: 'Role or title',
  email: 'Email',
  category: 'Category',
  status: 'Status',
  planningRole: 'Planning role',
  mediaRelease: 'Media release',
  notes: 'Notes',
};

/**
 * Header spellings per field, best first (squashed: lower-case letters and digits). They cover
 * our own export, Outlook ("E-mail Address", "Company", "Job Title") and Google Contacts
 * ("E-mail 1 - Value", "Organization 1 - Name", "Given Name"). Outlook's "Title" is a courtesy
 * title (Mr., Dr.), so "title" is the last resort for the role. "Categories" (Outlook's own
 * colour categories) is left out on purpose.
 */
const ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'displayname', 'contactname', 'person', 'invitee'],
  firstName: ['firstname', 'givenname', 'first'],
  lastName: ['lastname', 'familyname', 'surname', 'last'],
  organization: [
    'organization',
    'organisation',
    'company',
    'organizationname',
    'organization1name',
    'org',
    'employer',
    'agency',
    'affiliation',
  ],
  role: ['role', 'jobtitle', 'organizationtitle', 'organization1title', 'position', 'roletitle', 'title'],
  email: ['email', 'emailaddress', 'email1value', 'mail', 'email1', 'primaryemail', 'emailaddress1'],
  category: ['category', 'stakeholdercategory', 'stakeholdergroup', 'stakeholder', 'group', 'sector'],
  status: ['status', 'rsvp', 'rsvpstatus', 'invitationstatus'],
  planningRole: ['planningrole', 'coconvenerorcommittee', 'coconvener', 'committee'],
  mediaRelease: ['mediarelease', 'mediareleasesigned', 'photorelease', 'release'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

/**
 * Guesses the mapping from the header row: each field goes to the column whose header matches
 * its best alias (the leftmost column on a tie); each column gets at most one field. Columns
 * nobody claims stay null, and the mapping step lists them so nothing is dropped unseen.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(squash);
  const mapping: ColumnMapping = headers.map(() => null);
  for (const field of IMPORT_FIELDS) {
    for (const alias of ALIASES[field]) {
      const index = keys.findIndex((key, i) => key === alias && mapping[i] === null);
      if (index >= 0) {
        mapping[index] = field;
        break;
      }
    }
  }
  return mapping;
}

/** How far down a file the column names are looked for (contact tools put a few notes first). */
export const HEADER_SEARCH_ROWS = 20;

/** The fields a header cell names, by its known spellings (see ALIASES); null for none. */
function fieldNamed(cell: string): ImportField | null {
  const key = squash(cell);
  return key === '' ? null : (IMPORT_FIELDS.find((field) => ALIASES[field].includes(key)) ?? null);
}

/**
 * The row (0-based) that holds the column names: the first of the first HEADER_SEARCH_ROWS rows
 * with at least two cells that are known column names ("Name", "E-mail Address", "Company" …),
 * so notes above the header are passed over. 0 when no row looks like that.
 */
export function findHeaderRow(rows: readonly string[][]): number {
  const found = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => new Set(row.map(fieldNamed).filter((field) => field !== null)).size >= 2);
  return Math.max(found, 0);
}

/** The number of columns in the first rows (for rows pasted without a header). */
export function columnCount(rows: readonly string[][]): number {
  return rows.slice(0, 50).reduce((most, row) => Math.max(most, row.length), 0);
}

/** How a column is named in the mapping step: its header, or its position when it has none. */
export function columnLabel(headers: readonly string[], index: number): string {
  const header = (headers[index] ?? '').trim();
  return header === '' ? `Column ${index + 1} (no header)` : `${header} (column ${index + 1})`;
}

/** Why a mapping cannot be previewed yet (no name column, a field chosen twice); empty when fine. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const has = (field: ImportField) => mapping.includes(field);
  if (!has('name') && !has('firstName') && !has('lastName')) {
    problems.push('Choose the column that holds names (or the first-name and last-name columns).');
  }
  for (const field of IMPORT_FIELDS) {
    const count = mapping.filter((f) => f === field).length;
    if (count > 1) problems.push(`"${IMPORT_FIELD_LABELS[field]}" is chosen for ${count} columns; choose it for one.`);
  }
  return problems;
}
