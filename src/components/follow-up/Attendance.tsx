import { memo, useMemo, useState } from 'react';
import { searchIndex, searchInvitees, NO_FILTER } from '../../domain/invitee-filter';
import type { Invitee } from '../../domain/plan';
import { markAttended } from '../../stores/outcomes';
import { focusSoon } from '../ui/focus';

/** People shown at once; "Show more" adds as many again. */
const PAGE = 50;

const nameOf = (p: Invitee) => p.name.trim() || p.organization.trim() || 'Unnamed person';
const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('en-US')} people`);

/** Who came: a tick per person on the invitee list, with a search for long lists. */
export const Attendance = memo(function Attendance({ invitees }: { invitees: Invitee[] }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const index = useMemo(() => searchIndex(invitees), [invitees]);
  const found = useMemo(() => searchInvitees(index, { ...NO_FILTER, query }), [index, query]);
  if (invitees.length === 0) return <p className="hint">The invitee list is empty, so there is no one to mark.</p>;
  const came = invitees.filter((p) => p.attended).length;
  const shown = found.slice(0, limit);
  const all = (attended: boolean) =>
    markAttended(
      found.map((p) => p.id),
      attended,
      `mark ${people(found.length)} as ${attended ? 'attended' : 'not attended'}`,
    );
  return (
    <>
      <p>
        <strong>{came.toLocaleString('en-US')}</strong> of {people(invitees.length)} marked as attended.
      </p>
      <div className="field">
        <label htmlFor="fu-find">Find people</label>
        <input
          id="fu-find"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(PAGE);
          }}
        />
      </div>
      <p role="status" className="hint">
        {query.trim() ? `${people(found.length)} found.` : ''}
      </p>
      {found.length > 0 && (
        <div className="actions">
          <button type="button" className="secondary small" onClick={() => all(true)}>
            Mark {query.trim() ? `the ${people(found.length)} found` : 'everyone'} as attended
          </button>
          <button type="button" className="secondary small" onClick={() => all(false)}>
            Mark {query.trim() ? `the ${people(found.length)} found` : 'everyone'} as not attended
          </button>
        </div>
      )}
      <ul className="attendance">
        {shown.map((p) => (
          <li key={p.id}>
            <label className="check">
              <input
                id={`came-${p.id}`}
                type="checkbox"
                checked={p.attended}
                onChange={(e) =>
                  markAttended(
                    [p.id],
                    e.target.checked,
                    `mark ${nameOf(p)} as ${e.target.checked ? 'attended' : 'not attended'}`,
                  )
                }
              />
              <span>
                {nameOf(p)}
                {p.name.trim() && p.organization && <span className="hint"> · {p.organization}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {found.length > limit && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setLimit(limit + PAGE);
            // Focus moves to the first person added to the list.
            focusSoon(`came-${found[limit]!.id}`);
          }}
        >
          Show {Math.min(PAGE, found.length - limit)} more of {found.length - limit}
        </button>
      )}
    </>
  );
});
