import type { StakeholderCategory } from '../../domain/content-schemas';
import {
  columnLabel,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../domain/csv-columns';

interface Props {
  headers: string[];
  /** First data row, shown as an example next to each column. */
  sample: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  categories: StakeholderCategory[];
  defaultCategory: string;
  onDefaultCategory: (id: string) => void;
}

/** One select per column of the file (by position, so no column can hide behind another). */
export function ImportMapping({
  headers,
  sample,
  mapping,
  onChange,
  categories,
  defaultCategory,
  onDefaultCategory,
}: Props) {
  return (
    <fieldset className="import-mapping">
      <legend>Match the columns</legend>
      <p className="hint">
        We guessed from the headers. Change any column that is wrong; "Don't import" leaves it out.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Example</th>
            <th scope="col">Imports as</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((field, index) => {
            const label = columnLabel(headers, index);
            return (
              <tr key={index}>
                <th scope="row">{label}</th>
                <td className="sample">{sample[index] ?? ''}</td>
                <td>
                  <select
                    aria-label={`Import ${label} as`}
                    value={field ?? ''}
                    onChange={(e) => {
                      const next = mapping.slice();
                      next[index] = (e.target.value || null) as ImportField | null;
                      onChange(next);
                    }}
                  >
                    <option value="">Don't import</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {IMPORT_FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="field">
        <label htmlFor="import-default-category">Category for rows without one</label>
        <select
          id="import-default-category"
          value={defaultCategory}
          onChange={(e) => onDefaultCategory(e.target.value)}
        >
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
