import type { StakeholderCategory } from '../../domain/content-schemas';
import {
  columnLabel,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../domain/csv-columns';
import { optionsFrom, Select, type SelectOption } from '../ui/Select';
import { categoryOptions } from './options';

const FIELD_OPTIONS: SelectOption<ImportField | ''>[] = [
  { value: '', label: "Don't import" },
  ...optionsFrom(IMPORT_FIELDS, IMPORT_FIELD_LABELS),
];

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
                  <Select
                    label={`Import ${label} as`}
                    labelStyle="hidden"
                    value={field ?? ''}
                    options={FIELD_OPTIONS}
                    onChange={(value) => {
                      const next = mapping.slice();
                      next[index] = value || null;
                      onChange(next);
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Select
        label="Category for rows without one"
        id="import-default-category"
        value={defaultCategory}
        options={categoryOptions(categories)}
        onChange={onDefaultCategory}
      />
    </fieldset>
  );
}
