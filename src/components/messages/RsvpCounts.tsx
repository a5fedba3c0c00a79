import { INVITEE_STATUSES, STATUS_LABELS } from '../../domain/invitee-statuses';
import type { RsvpCounts as Counts } from '../../domain/rsvp';

/** Counts by status, in all and per stakeholder category, as one small table. */
export function RsvpCounts({ counts }: { counts: Counts }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="rsvp-counts-caption" tabIndex={0}>
      <table className="rsvp-counts">
        <caption id="rsvp-counts-caption">RSVPs by status and stakeholder group</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {INVITEE_STATUSES.map((s) => (
              <th scope="col" key={s}>
                {STATUS_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="total" data-counts="all">
            <th scope="row">Everyone</th>
            {INVITEE_STATUSES.map((s) => (
              <td key={s}>{counts.total[s]}</td>
            ))}
          </tr>
          {counts.byCategory.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {INVITEE_STATUSES.map((s) => (
                <td key={s}>{row.counts[s]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
