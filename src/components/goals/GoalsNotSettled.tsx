import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { $goalAdvice } from '../../stores/goals';

/** On the other steps: a short note, with a link, while the goals are fewer than 2 or more than 4. */
export default function GoalsNotSettled({ goalsHref }: { goalsHref: string }) {
  const advice = useStore($goalAdvice);
  if (advice.settled) return null;
  const state =
    advice.count === 0
      ? 'no goals are chosen yet'
      : advice.count === 1
        ? 'only 1 goal is chosen'
        : `${advice.count} goals are chosen`;
  return (
    <div className="banner">
      <p className="notice warn goals-not-settled">
        The event goals are not settled: {state}, and the toolkit advises two to four.{' '}
        <a href={goalsHref}>Choose the goals</a>
      </p>
    </div>
  );
}
