import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { buildFollowUpView, hasOutcomes, type FollowUpContent } from '../../export/follow-up-view';
import { summaryIntro } from '../../export/follow-up-text';
import { $plan } from '../../stores/plan';
import { EmptyNote } from '../export/PrintParts';
import { PrintShell } from '../export/PrintShell';
import { planIsland } from '../ui/plan-island';

interface Props {
  content: FollowUpContent;
  followUpHref: string;
}

/** The written follow-up as a printable page: goals agreed, commitments by organisation, notes, meeting, thanks. */
export function PrintFollowUpView({ content, followUpHref }: Props) {
  const plan = useStore($plan);
  const view = buildFollowUpView(plan, content);
  return (
    <PrintShell
      className="print-follow-up"
      plan={plan}
      heading={view.heading}
      back={{ href: followUpHref, label: 'Back to the follow-up page' }}
    >
      {!hasOutcomes(view) && (
        <EmptyNote>
          Nothing has been captured yet. <a href={followUpHref}>Note the outcomes on the follow-up page</a>.
        </EmptyNote>
      )}
      <p>{summaryIntro(view)}</p>
      {view.goals.length > 0 && (
        <section aria-labelledby="pf-goals">
          <h2 id="pf-goals">Goals we agreed</h2>
          <ol className="agreed-goals">
            {view.goals.map((goal, i) => (
              <li key={i}>
                <strong>{goal.what}</strong>
                {goal.details.map((d) => (
                  <span key={d} className="examples">
                    {d}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.commitments.length > 0 && (
        <section aria-labelledby="pf-commitments">
          <h2 id="pf-commitments">Who does what next</h2>
          {view.commitments.map((group) => (
            <div key={group.organization} className="commitment-group">
              <h3>{group.organization}</h3>
              <ul>
                {group.entries.map((c, i) => (
                  <li key={i}>
                    {c.person && <strong>{c.person}: </strong>}
                    {c.what}
                    {c.due && <span className="due"> — by {c.due}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {view.heard.length > 0 && (
        <section aria-labelledby="pf-heard">
          <h2 id="pf-heard">What we heard</h2>
          {view.heard.map((day) => (
            <div key={day.heading}>
              <h3>{day.heading}</h3>
              {day.sessions.map((s, i) => (
                <div key={i} className="heard-session">
                  <h4>
                    {s.time} · {s.title}
                  </h4>
                  <p className="pre-line">{s.notes}</p>
                </div>
              ))}
            </div>
          ))}
        </section>
      )}
      {view.assets.length > 0 && (
        <section aria-labelledby="pf-assets">
          <h2 id="pf-assets">Assets and opportunities confirmed</h2>
          <ul>
            {view.assets.map((a, i) => (
              <li key={i}>
                <strong>{a.kind}:</strong> {a.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.nextMeeting && (
        <section aria-labelledby="pf-meeting">
          <h2 id="pf-meeting">Next meeting</h2>
          <p>{view.nextMeeting}</p>
        </section>
      )}
      <section aria-labelledby="pf-thanks">
        <h2 id="pf-thanks">Thank you</h2>
        <p className="pre-line">{view.thanks}</p>
      </section>
    </PrintShell>
  );
}

export default planIsland(PrintFollowUpView);
