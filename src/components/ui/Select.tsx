import { useState, type FocusEvent } from 'react';
import { FieldNote } from './Field';
import { useFieldIds } from './field-ids';

/** One choice in a `Select`. */
export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  /** The accessible name; shown above the list unless `labelStyle` says otherwise. */
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  onBlur?: (event: FocusEvent<HTMLSelectElement>) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** A stable id, for a control other code focuses or links to; otherwise one is generated. */
  id?: string;
  /**
   * `stacked` (default): label, hint, list and error in a `.field` block.
   * `inline`: the label beside the list, no block, for toolbars.
   * `hidden`: the label only for screen readers, for table cells whose column header says it.
   */
  labelStyle?: 'stacked' | 'inline' | 'hidden';
  /**
   * For a long list (the time zones: over 400): only the chosen option is in the page until the
   * list is focused or touched, so loading the page builds and styles one element, not hundreds.
   * Every way into the list (Tab, a click, a tap) focuses or touches it first.
   */
  deferOptions?: boolean;
}

/** The one labelled drop-down list every form uses; the options' values type the change handler. */
export function Select<V extends string>({
  label,
  value,
  options,
  onChange,
  onBlur,
  hint,
  error,
  id: fixedId,
  labelStyle = 'stacked',
  deferOptions = false,
}: Props<V>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error, fixedId);
  const [showAll, setShowAll] = useState(!deferOptions);
  const reveal = showAll ? undefined : () => setShowAll(true);
  const shown = showAll ? options : deferredOptions(options, value);
  const select = (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      // The DOM hands back a string; it is always one of `options`' values.
      onChange={(e) => onChange(e.target.value as V)}
      onBlur={onBlur}
      onFocus={reveal}
      onPointerDown={reveal}
      onPointerEnter={reveal}
    >
      {shown.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  if (labelStyle !== 'stacked') {
    return (
      <>
        <label className={labelStyle === 'inline' ? 'inline-label' : 'visually-hidden'} htmlFor={id}>
          {label}
        </label>
        {select}
        <FieldNote className="hint" id={hintId} text={hint} />
        <FieldNote className="field-error" id={errorId} text={error} />
      </>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldNote className="hint" id={hintId} text={hint} />
      {select}
      <FieldNote className="field-error" id={errorId} text={error} />
    </div>
  );
}

/** The options a deferred list starts with: the chosen one (or the first, if none is chosen). */
export function deferredOptions<V extends string>(
  options: readonly SelectOption<V>[],
  value: V,
): readonly SelectOption<V>[] {
  const chosen = options.find((option) => option.value === value);
  return chosen ? [chosen] : options.slice(0, 1);
}

/** Options from a list of values and their labels, in the list's order. */
export const optionsFrom = <V extends string>(values: readonly V[], labels: Record<V, string>): SelectOption<V>[] =>
  values.map((value) => ({ value, label: labels[value] }));
