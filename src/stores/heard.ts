/** Notes on what was heard in each session, from the event-day page or the follow-up page. */
import { withHeard } from '../domain/heard';
import { $plan, updatePart } from './plan';

/** Writes what was heard in agenda item `itemId`; typing in one notes box is one undo step. */
export function setHeard(itemId: string, text: string): void {
  const title =
    $plan
      .get()
      .days.flatMap((d) => d.items)
      .find((i) => i.id === itemId)
      ?.title.trim() || 'Untitled item';
  updatePart('days', `change the notes on “${title}”`, (days) => withHeard(days, itemId, text), `heard.${itemId}`);
}
