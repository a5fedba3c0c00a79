import type { ReactNode } from 'react';
import type { OutcomeList, OutcomeLists } from '../../domain/outcomes';
import { addOutcome, deleteOutcome, editOutcome } from '../../stores/outcomes';
import { focusSoon } from '../ui/focus';

/** One field of an outcome entry: its label, the kind of control, and a drop-down's options. */
export interface EntryField<L extends OutcomeList> {
  key: Exclude<keyof OutcomeLists[L], 'id'> & string;
  label: string;
  type?: 'text' | 'date' | 'textarea' | 'select';
  options?: readonly { value: string; label: string }[];
  /** `<datalist>` id offering values to pick, for a text field. */
  list?: string;
  /** Replaces the plain edit (a commitment's person also links the invitee). */
  onChange?: (id: string, value: string) => void;
}

interface Props<L extends OutcomeList> {
  list: L;
  entries: readonly OutcomeLists[L][];
  /** `Goal`, `Commitment`: numbers each entry's box and its delete button. */
  noun: string;
  fields: readonly EntryField<L>[];
  addLabel: string;
  /** Starting points or a datalist, shown above the entries. */
  children?: ReactNode;
}

export const fieldId = (list: string, id: string, key: string) => `${list}-${id}-${key}`;

/** Adds an entry (from `start`) and puts the cursor in its first field. */
export function addAndFocus<L extends OutcomeList>(list: L, firstKey: string, start: Partial<OutcomeLists[L]> = {}) {
  const id = addOutcome(list, start);
  if (id) focusSoon(fieldId(list, id, firstKey));
}

function Control<L extends OutcomeList>({
  list,
  entry,
  field,
}: {
  list: L;
  entry: OutcomeLists[L];
  field: EntryField<L>;
}) {
  const id = fieldId(list, entry.id, field.key);
  const value = String(entry[field.key] ?? '');
  const change = (next: string) =>
    field.onChange
      ? field.onChange(entry.id, next)
      : editOutcome(list, entry.id, { [field.key]: next } as Partial<Omit<OutcomeLists[L], 'id'>>);
  if (field.type === 'textarea') {
    return <textarea id={id} rows={2} maxLength={1000} value={value} onChange={(e) => change(e.target.value)} />;
  }
  if (field.type === 'select') {
    return (
      <select id={id} value={value} onChange={(e) => change(e.target.value)}>
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      type={field.type ?? 'text'}
      list={field.list}
      maxLength={field.type === 'date' ? undefined : 500}
      value={value}
      onChange={(e) => change(e.target.value)}
    />
  );
}

/** The entries of one outcome list, each in a numbered box of fields, with add and delete. */
export function EntryList<L extends OutcomeList>({ list, entries, noun, fields, addLabel, children }: Props<L>) {
  const addId = `${list}-add`;
  return (
    <>
      {children}
      {entries.map((entry, i) => (
        <fieldset key={entry.id} className="outcome-entry">
          <legend>
            {noun} {i + 1}
          </legend>
          <div className="field-row">
            {fields.map((field) => (
              <div key={field.key} className={`field field-${field.type ?? 'text'}`}>
                <label htmlFor={fieldId(list, entry.id, field.key)}>{field.label}</label>
                <Control list={list} entry={entry} field={field} />
              </div>
            ))}
          </div>
          <button
            type="button"
            className="danger small"
            onClick={() => {
              deleteOutcome(list, entry.id);
              focusSoon(addId);
            }}
          >
            Delete {noun.toLowerCase()} {i + 1}
          </button>
        </fieldset>
      ))}
      <button id={addId} type="button" className="secondary" onClick={() => addAndFocus(list, fields[0]!.key)}>
        {addLabel}
      </button>
    </>
  );
}
