/** Marks finished steps in the static step navigation (no React needed for this). */
import { stepsDone } from '../domain/steps';
import '../stores/boot';
import { $plan } from '../stores/plan';

export function startStepStatus(): void {
  $plan.subscribe((plan) => {
    const done = stepsDone(plan);
    for (const li of document.querySelectorAll<HTMLElement>('[data-step]')) {
      const isDone = done[li.dataset.step as keyof typeof done] ?? false;
      li.classList.toggle('is-done', isDone);
      const label = li.querySelector<HTMLElement>('[data-done-label]');
      if (label) label.hidden = !isDone;
    }
  });
}
