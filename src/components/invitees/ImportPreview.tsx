import type { StakeholderCategory } from '../../domain/content-schemas';
import type { DuplicateChoice, ImportPreview as Preview } from '../../domain/csv-rows';
import { categoryName, STATUS_LABELS } from '../../domain/invitees';

interface Props {
  preview: Preview;
  categories: StakeholderCategory[];
  choice: DuplicateChoice;
  onChoice: (choice: DuplicateChoice) => void;
  hasHeader: boolean;
}

const SAMPLE_SIZE = 5;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the import will do, before anything changes: new people, duplicates, and every bad row. */
export function ImportPreview({ preview, categories, choice, onChoice, hasHeader }: Props) {
  const { ready, duplicates, errors, blankRows, ignoredColumns } = preview;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h4 id="import-preview-heading">Preview</h4>
      <ul className="import-summary">
        <li>{plural(ready.length, 'new person', 'new people')} to add.</li>
        {duplicates.length > 0 && <li>{plural(duplicates.length, 'person is', 'people are')} already on your list.</li>}
        {errors.length > 0 && <li>{plural(errors.length, 'row cannot', 'rows cannot')} be imported (listed below).</li>}
        {blankRows > 0 && <li>{plural(blankRows, 'blank row was', 'blank rows were')} skipped.</li>}
        {ignoredColumns.length > 0 && <li>Not imported: {ignoredColumns.join(', ')}.</li>}
      </ul>
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
            Fix them in the file and import it again, or import the rest now.{hasHeader ? ' Row 1 is the header.' : ''}
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
