import { memo } from 'react';
import type { Commitment, Invitee } from '../../domain/plan';
import { setCommitmentPerson } from '../../stores/outcomes';
import { EntryList, type EntryField } from './EntryList';

const FIELDS: EntryField<'commitments'>[] = [
  { key: 'organization', label: 'Organization' },
  { key: 'person', label: 'Person', list: 'invitee-names', onChange: setCommitmentPerson },
  { key: 'what', label: 'What they will do', type: 'textarea' },
  { key: 'due', label: 'By when', type: 'date' },
];

/** Most people to offer in the person list; typing still works for anyone. */
const MAX_NAMES = 2000;

/** Names from the invitee list to pick a commitment's person from; rendered again only when the list changes. */
const InviteeNames = memo(function InviteeNames({ invitees }: { invitees: Invitee[] }) {
  const named = invitees.filter((p) => p.name.trim()).slice(0, MAX_NAMES);
  return (
    <datalist id="invitee-names">
      {named.map((p) => (
        <option key={p.id} value={p.name}>
          {p.organization}
        </option>
      ))}
    </datalist>
  );
});

/** Who promised what by when, each person picked from the invitee list or typed. */
export const Commitments = memo(function Commitments({
  entries,
  invitees,
}: {
  entries: Commitment[];
  invitees: Invitee[];
}) {
  return (
    <EntryList list="commitments" entries={entries} noun="Commitment" fields={FIELDS} addLabel="Add a commitment">
      <p className="hint">
        Type a name from the invitee list to link the person (their organization fills in), or any other name.
      </p>
      <InviteeNames invitees={invitees} />
    </EntryList>
  );
});
