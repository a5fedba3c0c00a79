import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useCallback, useState } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import { $invitees, addInvitee } from '../../stores/invitees';
import { ImportPanel } from './ImportPanel';
import { InviteeForm } from './InviteeForm';
import { InviteeTable } from './InviteeTable';
import { planIsland } from '../ui/plan-island';

interface Props {
  categories: StakeholderCategory[];
}

/** The invitee list: add, import, find, edit, delete, download as CSV (undo is the layout's). */
export function InviteesAppView({ categories }: Props) {
  const invitees = useStore($invitees);
  const [message, setMessage] = useState('');
  // A repeated message differs by a trailing no-break space, so screen readers announce it again.
  // Stable, so the memoised table rows that receive it are not re-rendered by each message.
  const announce = useCallback(
    (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );

  // The export store (and through it the CSV writer) loads on demand; it reports success or why not.
  const download = async () => {
    const { exportFile } = await import('../../stores/exports');
    const status = await exportFile('invitees-csv', { goals: [], categories }, { label: 'Download the list as CSV' });
    if (status.kind !== 'idle') announce(status.message);
  };

  return (
    <div className="invitees-app">
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" tabIndex={-1}>
          Your list ({invitees.length})
        </h2>
        <div className="actions list-actions">
          <button type="button" className="secondary" onClick={() => void download()}>
            Download the list as CSV
          </button>
        </div>
        <p role="status" className="status-message">
          {message}
        </p>
        <InviteeTable invitees={invitees} categories={categories} announce={announce} />
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a person</h2>
        <InviteeForm
          idPrefix="add"
          categories={categories}
          submitLabel="Add to the list"
          onSave={(draft) => addInvitee(draft, categories)}
          onDone={({ name }) => announce(`Added ${name}.`)}
        />
      </section>
      <ImportPanel invitees={invitees} categories={categories} announce={announce} />
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then InviteesAppView. */
export default planIsland(InviteesAppView);
