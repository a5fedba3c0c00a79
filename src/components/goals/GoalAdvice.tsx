import type { GoalCountAdvice } from '../../domain/goal-rules';

const TONE: Record<GoalCountAdvice['status'], string> = {
  none: 'notice',
  'too-few': 'notice warn',
  ok: 'notice ok',
  'too-many': 'notice warn',
};

/** The 2–4 advice, next to the choice; a live region so a change in count is announced. */
export function GoalAdvice({ advice }: { advice: GoalCountAdvice }) {
  return (
    <div className="goal-advice" role="status" aria-live="polite">
      <p className={TONE[advice.status]} data-status={advice.status}>
        {advice.message}
      </p>
    </div>
  );
}
