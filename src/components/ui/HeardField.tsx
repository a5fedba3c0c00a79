import { setHeard } from '../../stores/heard';

interface Props {
  itemId: string;
  heard: string;
  label: string;
}

/** The notes box for what was heard in an agenda item, saved as it is typed (live page and follow-up page). */
export function HeardField({ itemId, heard, label }: Props) {
  const id = `heard-${itemId}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} maxLength={10000} value={heard} onChange={(e) => setHeard(itemId, e.target.value)} />
    </div>
  );
}
