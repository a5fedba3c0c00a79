export { focusSoon } from '../ui/focus';

/** Element ids shared by rows, days and checks, so one part can focus another. */
export const ids = {
  summary: (itemId: string) => `item-${itemId}`,
  up: (itemId: string) => `up-${itemId}`,
  down: (itemId: string) => `down-${itemId}`,
  otherDay: (itemId: string) => `day-move-${itemId}`,
  edit: (itemId: string) => `edit-${itemId}`,
  title: (itemId: string) => `title-${itemId}`,
  add: (dayIndex: number) => `add-day-${dayIndex}`,
  dayHeading: (dayIndex: number) => `day-${dayIndex}-heading`,
};

/** Announces a short message in the page's status region. */
export type Announce = (message: string) => void;

const toOpen = new Set<string>();

/** Asks the row of a just-added item to mount with its editor open. */
export function openOnMount(itemId: string): void {
  toOpen.add(itemId);
}

/** True once for an item marked by `openOnMount`. */
export function takeOpenOnMount(itemId: string): boolean {
  return toOpen.delete(itemId);
}
