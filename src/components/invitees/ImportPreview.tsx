import type { StakeholderCategory } from '../../domain/content-schemas';
import type { DuplicateChoice, ImportPreview as Preview } from '../../domain/csv-rows';
import { categoryName, STATUS_LABELS } from '../../domain/invitees';
import { Select } from '../ui/Select';
import { categoryOptions } from './options';

interface Props {
  preview: Preview;
  categories: StakeholderCategory[];
  choice: DuplicateChoice;
  onChoice: (choice: DuplicateChoice) => void;
  /** The row (0-based) with the column names, or null. */
  headerRow: number | null;
  /** The user chose where rows with an unknown category value (by its key) go. */
  onCategoryChoice: (key: string, category: string) => void;
}

const SAMPLE_SIZE = 5;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Row numbers in a sentence: `row 4`, `rows 4 and 7`, `rows 4, 7 and 9`. */
function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}

/** Unknown category values, each with a list to choose the category its rows go to. */
function UnknownCategories({
  preview,
  categories,
  onCategoryChoice,
}: Pick<Props, 'preview' | 'categories' | 'onCategoryChoice'>) {
  const options = categoryOptions(categories);
  return (
    <fieldset className="import-unknown">
      <legend>Categories the planner does not know</legend>
      <p className="notice warn">
        These values are not among the stakeholder categories. Their rows are imported into the category chosen here ("
        {categoryName(preview.unknownCategories[0]!.category, categories)}" unless you choose another); you can change
        anyone's category later.
      </p>
      {preview.unknownCategories.map((unknown) => (
        <Select
          key={unknown.key}
          label={`“${unknown.value}” (${rowList(unknown.rows)})`}
          value={unknown.category}
          options={options}
          onChange={(category) => onCategoryChoice(unknown.key, category)}
        />
      ))}
    </fieldset>
  );
}

/** What the import will do, before anything changes: new people, duplicates, and every bad row. */
export function ImportPreview({ preview, categories, choice, onChoice, headerRow, onCategoryChoice }: Props) {
  const { ready, duplicates, errors, blankRows, ignoredColumns, shortRows, rowsAbove } = preview;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h4 id="import-preview-heading">Preview</h4>
      <ul className="import-summary">
        <li>{plural(ready.length, 'new person', 'new people')} to add.</li>
        {duplicates.length > 0 && <li>{plural(duplicates.length, 'person is', 'people are')} already on your list.</li>}
        {errors.length > 0 && <li>{plural(errors.length, 'row cannot', 'rows cannot')} be imported (listed below).</li>}
        {blankRows > 0 && <li>{plural(blankRows, 'blank row was', 'blank rows were')} skipped.</li>}
        {ignoredColumns.length > 0 && <li>Not imported: {ignoredColumns.join(', ')}.</li>}
        {rowsAbove > 0 && (
          <li>
            {rowsAbove === 1 ? 'Row 1 is' : `Rows 1 to ${rowsAbove} are`} above the column names and{' '}
            {rowsAbove === 1 ? 'is' : 'are'} not imported.
          </li>
        )}
      </ul>
      {shortRows.length > 0 && (
        <p className="notice warn import-short">
          {rowList(shortRows).replace(/^r/, 'R')} {shortRows.length === 1 ? 'has' : 'have'} fewer cells than there are
          columns: the missing cells at the end are left empty. Check {shortRows.length === 1 ? 'it' : 'them'} after the
          import.
        </p>
      )}
      {preview.unknownCategories.length > 0 && (
        <UnknownCategories preview={preview} categories={categories} onCategoryChoice={onCategoryChoice} />
      )}
      {ready.length > 0 && (
        <table className="import-sample">
          <caption>
            {ready.length > SAMPLE_SIZE ? `The first ${SAMPLE_SIZE} new people` : 'New people'}: check that names and
            accents look right
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Organization</th>
              <th scope="col">Email</th>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {ready.slice(0, SAMPLE_SIZE).map(({ row, invitee }) => (
              <tr key={row}>
                <td>{row}</td>
                <th scope="row">{invitee.name}</th>
                <td>{invitee.organization}</td>
                <td>{invitee.email}</td>
                <td>{categoryName(invitee.category, categories)}</td>
                <td>{STATUS_LABELS[invitee.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {errors.length > 0 && (
        <div className="notice warn import-errors">
          <h5>Rows that cannot be imported ({errors.length})</h5>
          <p>
            Fix them in the file and import it again, or import the rest now.
            {headerRow !== null ? ` Row ${headerRow + 1} holds the column names.` : ''}
          </p>
          <ul>
            {errors.map((error, i) => (
              <li key={i}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {duplicates.length > 0 && (
        <fieldset>
          <legend>People already on your list (same email)</legend>
          <ul>
            {duplicates.map((d) => (
              <li key={d.row}>
                Row {d.row}: {d.invitee.name} ({d.invitee.email}), on your list as {d.existingName}
              </li>
            ))}
          </ul>
          <label className="check">
            <input type="radio" name="duplicates" checked={choice === 'skip'} onChange={() => onChoice('skip')} />
            <span>Skip them: keep what is on the list</span>
          </label>
          <label className="check">
            <input type="radio" name="duplicates" checked={choice === 'update'} onChange={() => onChoice('update')} />
            <span>Update them with the file's values (empty cells keep what is on the list)</span>
          </label>
        </fieldset>
      )}
    </section>
  );
}
