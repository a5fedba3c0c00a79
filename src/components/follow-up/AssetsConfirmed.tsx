import { memo } from 'react';
import type { ConfirmedAsset } from '../../domain/plan';
import type { FollowUpContent } from '../../export/follow-up-view';
import { addAndFocus, EntryList, type EntryField } from './EntryList';

interface Props {
  entries: ConfirmedAsset[];
  notes: Record<string, string>;
  kinds: FollowUpContent['assetKinds'];
}

/** Assets and opportunities the group confirmed, with the asset worksheet's notes as starting points. */
export const AssetsConfirmed = memo(function AssetsConfirmed({ entries, notes, kinds }: Props) {
  const fields: EntryField<'assetsConfirmed'>[] = [
    {
      key: 'kind',
      label: 'Kind',
      type: 'select',
      options: [...kinds.map((k) => ({ value: k.id, label: k.label })), { value: '', label: 'Other' }],
    },
    { key: 'text', label: 'What was confirmed', type: 'textarea' },
  ];
  const noted = kinds.filter((k) => notes[k.id]?.trim());
  return (
    <EntryList
      list="assetsConfirmed"
      entries={entries}
      noun="Asset"
      fields={fields}
      addLabel="Add an asset or opportunity"
    >
      {noted.length > 0 && (
        <div className="starting-points">
          <h3>From the asset worksheet</h3>
          <ul>
            {noted.map((kind) => (
              <li key={kind.id}>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    addAndFocus('assetsConfirmed', 'text', { kind: kind.id, text: notes[kind.id]!.trim() })
                  }
                >
                  Confirm {kind.label}: “{notes[kind.id]!.trim()}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </EntryList>
  );
});
