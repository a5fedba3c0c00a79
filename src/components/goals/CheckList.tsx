import { useId } from 'react';

export interface CheckOption {
  id: string;
  label: string;
  help?: string | undefined;
}

interface Props {
  legend: string;
  hint?: string;
  options: readonly CheckOption[];
  checked: readonly string[];
  onToggle: (id: string) => void;
}

/** A fieldset of checkboxes, each with its help line tied to it for screen readers. */
export function CheckList({ legend, hint, options, checked, onToggle }: Props) {
  const base = useId();
  return (
    <fieldset className="goals-checklist">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ul>
        {options.map((option) => {
          const id = `${base}-${option.id}`;
          return (
            <li key={option.id}>
              <input
                type="checkbox"
                id={id}
                checked={checked.includes(option.id)}
                onChange={() => onToggle(option.id)}
                aria-describedby={option.help ? `${id}-help` : undefined}
              />
              <div>
                <label htmlFor={id}>{option.label}</label>
                {option.help && (
                  <p className="hint" id={`${id}-help`}>
                    {option.help}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
