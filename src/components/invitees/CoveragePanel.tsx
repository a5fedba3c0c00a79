import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useMemo } from 'react';
import type { StakeholderCategory } from '../../domain/content-schemas';
import { INVITEE_STATUSES, STATUS_LABELS } from '../../domain/invitees';
import { coverageStore } from '../../stores/invitees';
import { planIsland } from '../ui/plan-island';

interface Props {
  categories: StakeholderCategory[];
}

/** Who is in the room so far: per category, per status, the gaps, and accepted against the target. */
export function CoveragePanelView({ categories }: Props) {
  const c = useStore(useMemo(() => coverageStore(categories), [categories]));
  const otherEmpty = c.emptyCategories.filter((name) => !c.calledOut.includes(name));

  return (
    <div className="coverage">
      <p className="coverage-target">
        <strong>{c.accepted}</strong> accepted
        {c.targetGroupSize === null
          ? ' (set a target group size on the start page to compare).'
          : ` of a target of ${c.targetGroupSize}: ${
              c.stillNeeded === 0 ? 'target reached.' : `${c.stillNeeded} more needed.`
            }`}
      </p>
      {c.targetGroupSize !== null && (
        <progress
          max={c.targetGroupSize}
          value={Math.min(c.accepted, c.targetGroupSize)}
          aria-label="Accepted against the target group size"
        />
      )}
      <p>
        {c.coConveners} {c.coConveners === 1 ? 'co-convener' : 'co-conveners'} and {c.committee} organizing committee{' '}
        {c.committee === 1 ? 'member' : 'members'} on the list.
      </p>
      {c.calledOut.length > 0 && (
        <div className="notice warn">
          <p>
            <strong>Nobody yet from: {c.calledOut.join(', ')}.</strong> The planner flags these groups: the toolkit
            suggests inviting youth and families for their perspective, and we add funders, because goals set without
            the people who live with them, or pay for them, rarely hold.
          </p>
        </div>
      )}
      {otherEmpty.length > 0 && <p>Other groups with nobody yet: {otherEmpty.join(', ')}.</p>}
      <div className="grid-2">
        <table>
          <caption>People per stakeholder category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">People</th>
              <th scope="col">Accepted</th>
            </tr>
          </thead>
          <tbody>
            {c.byCategory.map((row) => (
              <tr key={row.id} className={row.total === 0 ? 'empty' : undefined}>
                <th scope="row">
                  {row.name}
                  {row.callOut && <span className="tag">nobody yet</span>}
                </th>
                <td>{row.total}</td>
                <td>{row.accepted}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>People per status</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">People</th>
            </tr>
          </thead>
          <tbody>
            {INVITEE_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row">{STATUS_LABELS[s]}</th>
                <td>{c.byStatus[s]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">All</th>
              <td>{c.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then CoveragePanelView. */
export default planIsland(CoveragePanelView);
