import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import { shortDate } from '../../domain/dates';
import { listEntry } from '../../domain/plan-copy';
import { $saveStatus } from '../../stores/persistence';
import {
  $savedPlans,
  bringBackPlan,
  deletePlan,
  duplicatePlan,
  KEEP_DELETED_DAYS,
  openSavedPlan,
  refreshPlans,
} from '../../stores/plan-list';
import type { PlanMeta } from '../../stores/plan-repository';
import { $plan } from '../../stores/plan';
import { planIsland } from '../ui/plan-island';

const titleOf = (meta: { title: string }) => meta.title.trim() || 'Untitled plan';
const datesOf = (dates: string[]) =>
  dates
    .filter(Boolean)
    .map((d) => shortDate(d))
    .join(' and ') || 'No dates yet';
const changedAt = (savedAt: string) =>
  savedAt ? new Date(savedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : 'not yet';

/** The plans saved in this browser: open one, duplicate it for the next event, delete and bring back. */
export function PlanListView() {
  const plans = useStore($savedPlans);
  const open = useStore($plan);
  const status = useStore($saveStatus);
  const [message, setMessage] = useState('');
  const [deleted, setDeleted] = useState<PlanMeta | null>(null);

  // Every save can change a title or add the open plan to the list.
  useEffect(() => {
    if (status.kind === 'saved' || status.kind === 'memory-only') void refreshPlans();
  }, [status]);

  if (status.kind === 'starting' || !plans) return null;
  const live = plans.filter((p) => !p.deletedAt);
  const trash = plans.filter((p) => p.deletedAt);
  if (live.length + trash.length === 0) return null;

  const act = async (work: Promise<{ ok: true } | { ok: false; error: string }>, done: string) => {
    const result = await work;
    setDeleted(null);
    setMessage(result.ok ? done : result.error);
  };
  const bringBack = (meta: PlanMeta) => void act(bringBackPlan(meta.id), `Brought back ${titleOf(meta)}.`);

  return (
    <section aria-labelledby="plan-list-heading" className="plan-list">
      <h2 id="plan-list-heading">Saved plans</h2>
      <ul>
        {live.map((meta) => {
          const isOpen = meta.id === open.id;
          // The open plan's title and dates as typed, not as last saved.
          const entry = isOpen ? listEntry(open) : meta;
          const title = titleOf(entry);
          return (
            <li key={meta.id} aria-current={isOpen ? 'true' : undefined}>
              <p>
                <strong>{title}</strong>
                {isOpen && ' (open now)'}
                <br />
                <span className="hint">
                  {datesOf(entry.dates)} · last changed {changedAt(meta.savedAt)}
                </span>
              </p>
              <div className="actions">
                {!isOpen && (
                  <button
                    type="button"
                    aria-label={`Open ${title}`}
                    onClick={() => void act(openSavedPlan(meta.id), `Opened ${title}.`)}
                  >
                    Open
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Duplicate for the next event: ${title}`}
                  onClick={() =>
                    void act(duplicatePlan(meta.id), `Made a copy of ${title} for the next event, and opened it.`)
                  }
                >
                  Duplicate for the next event
                </button>
                {!isOpen && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Delete ${title}`}
                    onClick={async () => {
                      await deletePlan(meta.id);
                      setMessage('');
                      setDeleted(meta);
                    }}
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div role="status">
        {deleted ? (
          <p>
            Deleted {titleOf(deleted)}.{' '}
            <button type="button" className="secondary" onClick={() => bringBack(deleted)}>
              Undo delete
            </button>
          </p>
        ) : (
          message && <p>{message}</p>
        )}
      </div>
      {trash.length > 0 && (
        <details>
          <summary>Deleted plans ({trash.length})</summary>
          <p className="hint">Deleted plans are kept for {KEEP_DELETED_DAYS} days, then removed.</p>
          <ul>
            {trash.map((meta) => (
              <li key={meta.id}>
                {titleOf(meta)} · {datesOf(meta.dates)}{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Bring back ${titleOf(meta)}`}
                  onClick={() => bringBack(meta)}
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The island: the page's frame until the saved plan is read, then PlanListView. */
export default planIsland(PlanListView);
