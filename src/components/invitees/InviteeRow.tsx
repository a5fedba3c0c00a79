import { memo } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import { categoryName, PLANNING_ROLE_LABELS, STATUS_LABELS } from '../../domain/invitees';
import type { Invitee } from '../../domain/plan';
import { deleteInvitee, setInviteeStatus, updateInvitee } from '../../stores/invitees';
import { focusSoon } from '../ui/focus';
import { Select } from '../ui/Select';
import { InviteeForm } from './InviteeForm';
import { STATUS_OPTIONS } from './options';

interface Props {
  person: Invitee;
  categories: StakeholderCategory[];
  editing: boolean;
  onEdit: (id: string | null) => void;
  announce: (message: string) => void;
}

export const TABLE_COLUMNS = 8;

/** The id of a person's Edit button, where focus returns after the row's form closes. */
const editButtonId = (id: string) => `invitee-edit-${id}`;

/**
 * One person in the table; in edit mode the row holds the whole form. Memoised: a keystroke in
 * the search box re-renders the table, but a row whose person and props are unchanged is skipped.
 */
export const InviteeRow = memo(function InviteeRow({ person, categories, editing, onEdit, announce }: Props) {
  if (editing) {
    const { id: _id, ...draft } = person;
    return (
      <tr className="editing">
        <td colSpan={TABLE_COLUMNS}>
          <InviteeForm
            idPrefix={`edit-${person.id}`}
            categories={categories}
            initial={draft}
            submitLabel={`Save ${person.name}`}
            onSave={(next) => updateInvitee(person.id, next, categories)}
            onDone={({ name }) => {
              onEdit(null);
              announce(`Saved ${name}.`);
              focusSoon(editButtonId(person.id));
            }}
            onCancel={() => {
              onEdit(null);
              focusSoon(editButtonId(person.id));
            }}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        {person.name}
        {person.role && <span className="sub">{person.role}</span>}
      </th>
      <td>{person.organization}</td>
      <td className="email">{person.email}</td>
      <td>{categoryName(person.category, categories)}</td>
      <td>
        <Select
          label={`Status of ${person.name}`}
          labelStyle="hidden"
          value={person.status}
          options={STATUS_OPTIONS}
          onChange={(status) => {
            setInviteeStatus(person.id, status);
            announce(`${person.name}: ${STATUS_LABELS[status]}.`);
          }}
        />
      </td>
      <td>{person.planningRole === 'none' ? '' : PLANNING_ROLE_LABELS[person.planningRole]}</td>
      <td>{person.mediaRelease ? 'Signed' : 'Not signed'}</td>
      <td className="row-actions">
        <button
          type="button"
          className="secondary small"
          id={editButtonId(person.id)}
          onClick={() => onEdit(person.id)}
        >
          Edit<span className="visually-hidden"> {person.name}</span>
        </button>
        <button
          type="button"
          className="danger small"
          onClick={() => {
            deleteInvitee(person.id);
            announce(`Deleted ${person.name}. Undo brings them back.`);
            focusSoon('list-heading');
          }}
        >
          Delete<span className="visually-hidden"> {person.name}</span>
        </button>
      </td>
    </tr>
  );
});
