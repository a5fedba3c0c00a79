import type { AssetKind } from '../../domain/content-schemas';
import { MAX_ASSET_NOTE } from '../../domain/goal-guidance';
import { setAssetNotes } from '../../stores/goals';
import { Field } from '../ui/Field';

interface Props {
  kinds: AssetKind[];
  notes: Record<string, string>;
}

const GROUPS = [
  { id: 'asset', title: 'Community assets', hint: 'People, places and programs already working with students.' },
  { id: 'support', title: 'Sources of support', hint: 'Funding and other help within reach.' },
] as const;

/** Identify assets: a worksheet with one box per kind of asset, printed later as a handout. */
export function AssetWorksheet({ kinds, notes }: Props) {
  return (
    <>
      <p className="hint">
        Note what you already know: names, contacts, programs. The group completes it at the event; it prints as a
        handout.
      </p>
      {GROUPS.map((group) => (
        <fieldset key={group.id} className="asset-worksheet">
          <legend>{group.title}</legend>
          <p className="hint">{group.hint}</p>
          {kinds
            .filter((kind) => kind.group === group.id)
            .map((kind) => (
              <Field
                key={kind.id}
                label={kind.label}
                hint={kind.examples.length > 0 ? `For example: ${kind.examples.join(', ')}.` : undefined}
              >
                <textarea
                  rows={2}
                  maxLength={MAX_ASSET_NOTE}
                  value={notes[kind.id] ?? ''}
                  onChange={(e) => setAssetNotes(kind.id, e.target.value)}
                />
              </Field>
            ))}
        </fieldset>
      ))}
    </>
  );
}
