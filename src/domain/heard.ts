/** What was heard in each session, kept on the agenda item (`AgendaItem.heard`). */
import type { EventDay } from './plan';

/** The days with `heard` (what was heard in the session) set on item `itemId`; the same days when it already was. */
export function withHeard(days: EventDay[], itemId: string, heard: string): EventDay[] {
  let changed = false;
  const next = days.map((day) => {
    if (!day.items.some((item) => item.id === itemId && item.heard !== heard)) return day;
    changed = true;
    return { ...day, items: day.items.map((item) => (item.id === itemId ? { ...item, heard } : item)) };
  });
  return changed ? next : days;
}
