import '../../stores/boot';
import { useStore } from '@nanostores/react';
import type { ReactNode } from 'react';
import type { FollowUpContent } from '../../export/follow-up-view';
import { $plan } from '../../stores/plan';
import { AssetsConfirmed } from './AssetsConfirmed';
import { Attendance } from './Attendance';
import { Commitments } from './Commitments';
import { FollowUpPackage } from './FollowUpPackage';
import { GoalsAgreed } from './GoalsAgreed';
import { HeardSection } from './HeardSection';
import { NextMeeting, Thanks } from './NextMeeting';
import { planIsland } from '../ui/plan-island';

interface Props {
  content: FollowUpContent;
  printHref: string;
  checklistHref: string;
  runHref: string;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="follow-up-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Outcomes captured during or after the event, and the follow-up package made from them. */
export function FollowUpView({ content, printHref, checklistHref, runHref }: Props) {
  const plan = useStore($plan);
  const { outcomes } = plan;
  return (
    <div className="follow-up">
      <Section id="fu-heard" title="What was heard">
        <HeardSection days={plan.days} runHref={runHref} />
      </Section>
      <Section id="fu-goals" title="Goals agreed">
        <GoalsAgreed entries={outcomes.goalsAgreed} goals={plan.goals} content={content} />
      </Section>
      <Section id="fu-commitments" title="Commitments">
        <Commitments entries={outcomes.commitments} invitees={plan.invitees} />
      </Section>
      <Section id="fu-assets" title="Assets and opportunities confirmed">
        <AssetsConfirmed entries={outcomes.assetsConfirmed} notes={plan.goals.assetNotes} kinds={content.assetKinds} />
      </Section>
      <Section id="fu-meeting" title="Next meeting">
        <NextMeeting meeting={outcomes.nextMeeting} />
      </Section>
      <Section id="fu-thanks" title="Thanks">
        <Thanks thanks={outcomes.thanks} />
      </Section>
      <Section id="fu-attendance" title="Attendance">
        <Attendance invitees={plan.invitees} />
      </Section>
      <Section id="fu-package" title="The follow-up package">
        <FollowUpPackage content={content} printHref={printHref} checklistHref={checklistHref} />
      </Section>
    </div>
  );
}

export default planIsland(FollowUpView);
