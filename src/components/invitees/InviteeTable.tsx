import { useDeferredValue, useMemo, useState } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import { pageOf, searchIndex, searchInvitees, sortInvitees, type InviteeSortKey } from '../../domain/invitee-filter';
import type { Invitee, InviteeStatus } from '../../domain/plan';
import { Select, type SelectOption } from '../ui/Select';
import { InviteeRow } from './InviteeRow';
import { categoryOptions, STATUS_OPTIONS } from './options';

const PAGE_SIZE = 50;
const SORT_OPTIONS: SelectOption<InviteeSortKey>[] = [
  { value: 'name', label: 'Name' },
  { value: 'organization', label: 'Organization' },
  { value: 'category', label: 'Category' },
  { value: 'status', label: 'Status' },
];
const STATUS_FILTER_OPTIONS: SelectOption<InviteeStatus | ''>[] = [
  { value: '', label: 'All statuses' },
  ...STATUS_OPTIONS,
];

interface Props {
  invitees: Invitee[];
  categories: StakeholderCategory[];
  announce: (message: string) => void;
}

/** Search, filters, sort and a paginated table (50 a page keeps thousands of people quick). */
export function InviteeTable({ invitees, categories, announce }: Props) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState<InviteeStatus | ''>('');
  const [sortKey, setSortKey] = useState<InviteeSortKey>('name');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);
  // Sorting and lower-casing 5,000 people happen when the list or the order changes, never per
  // keystroke; a keystroke only scans the index, and unchanged rows skip rendering (InviteeRow is memo).
  const index = useMemo(
    () => searchIndex(sortInvitees(invitees, sortKey, categories)),
    [invitees, sortKey, categories],
  );
  const shown = useMemo(
    () => searchInvitees(index, { query: deferredQuery, category, status }),
    [index, deferredQuery, category, status],
  );
  const current = useMemo(() => pageOf(shown, page, PAGE_SIZE), [shown, page]);
  const first = shown.length === 0 ? 0 : (current.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(current.page * PAGE_SIZE, shown.length);
  const filtered = shown.length !== invitees.length;

  return (
    <div className="invitee-table">
      <div className="filters field-row" role="search" aria-label="Find people">
        <div className="field">
          <label htmlFor="invitee-search">Search</label>
          <input
            id="invitee-search"
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(1);
            }}
          />
        </div>
        <Select
          label="Category"
          id="invitee-category-filter"
          value={category}
          options={[{ value: '', label: 'All categories' }, ...categoryOptions(categories)]}
          onChange={(value) => {
            setCategory(value);
            setPage(1);
          }}
        />
        <Select
          label="Status"
          id="invitee-status-filter"
          value={status}
          options={STATUS_FILTER_OPTIONS}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
        />
        <Select label="Sort by" id="invitee-sort" value={sortKey} options={SORT_OPTIONS} onChange={setSortKey} />
      </div>
      <p className="hint" aria-live="polite" id="invitee-count">
        {shown.length === 0
          ? filtered
            ? 'Nobody matches these filters.'
            : 'Nobody on the list yet.'
          : `Showing ${first}–${last} of ${shown.length}${filtered ? ` matching (${invitees.length} in all)` : ''}.`}
      </p>
      {current.items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="invitee-table-caption" tabIndex={0}>
          <table>
            <caption id="invitee-table-caption" className="visually-hidden">
              Invitees, page {current.page} of {current.pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name and role</th>
                <th scope="col">Organization</th>
                <th scope="col">Email</th>
                <th scope="col">Category</th>
                <th scope="col">Status</th>
                <th scope="col">Planning</th>
                <th scope="col">Media release</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {current.items.map((person) => (
                <InviteeRow
                  key={person.id}
                  person={person}
                  categories={categories}
                  editing={editing === person.id}
                  onEdit={setEditing}
                  announce={announce}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current.pages > 1 && (
        <nav className="pager actions" aria-label="Pages of the invitee list">
          <button
            type="button"
            className="secondary"
            aria-disabled={current.page === 1 || undefined}
            onClick={() => {
              if (current.page > 1) setPage(current.page - 1);
            }}
          >
            Previous page
          </button>
          <span>
            Page {current.page} of {current.pages}
          </span>
          <button
            type="button"
            className="secondary"
            aria-disabled={current.page === current.pages || undefined}
            onClick={() => {
              if (current.page < current.pages) setPage(current.page + 1);
            }}
          >
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
