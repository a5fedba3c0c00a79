import { useState } from 'react';
import { coConvenerLabel, coConveners } from '../../domain/co-conveners';
import type { Invitee } from '../../domain/plan';
import { addCoConvener, removeCoConvener } from '../../stores/co-conveners';
import { Field } from '../ui/Field';

/**
 * The co-conveners as a list: add an organisation or person, remove one. They are people on the
 * invitee list with the co-convener role, so the invitees page and its coverage count them.
 */
export function CoConvenerList({ invitees, invitedHref }: { invitees: readonly Invitee[]; invitedHref: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const list = coConveners(invitees);
  const add = () => {
    const added = addCoConvener(name);
    if (!added.ok) return setError(added.error);
    setMessage(`Added ${name.trim()} as a co-convener.`);
    setName('');
    setError('');
  };
  return (
    <fieldset className="co-conveners">
      <legend>Co-conveners</legend>
      <p className="hint">
        Organisations or people who share the hosting and the follow-up. They are on your{' '}
        <a href={invitedHref}>invitee list</a> as co-conveners.
      </p>
      {list.length > 0 && (
        <ul className="co-convener-list">
          {list.map((person) => {
            const label = coConvenerLabel(person);
            const also = person.organization.trim() && person.name.trim() ? ` (${person.name.trim()})` : '';
            return (
              <li key={person.id}>
                <span>
                  {label}
                  {also}
                </span>
                <button
                  type="button"
                  className="small secondary"
                  aria-label={`Remove ${label} as a co-convener`}
                  onClick={() => {
                    removeCoConvener(person.id);
                    setMessage(`${label} is no longer a co-convener.`);
                  }}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field-row co-convener-add">
        <Field label="Add a co-convener" error={error || undefined}>
          <input
            type="text"
            value={name}
            maxLength={250}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <button type="button" className="secondary" onClick={add}>
          Add
        </button>
      </div>
      <p role="status" className="hint">
        {message}
      </p>
    </fieldset>
  );
}
