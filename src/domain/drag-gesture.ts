/**
 * Rules for moving an agenda item with a pointer (mouse, pen or finger), kept apart from the DOM
 * so they can be tested: when a press becomes a drag, where the item lands, how fast the page
 * scrolls near its edges.
 */

/** How long a finger rests on the handle before the item lifts (ms): shorter feels like a tap. */
export const HOLD_MS = 350;
/** A finger moving further than this (px) before the hold ends is scrolling, not dragging. */
export const TOUCH_SLOP = 10;
/** A mouse or pen drags as soon as it moves this far (px) with the button down. */
export const MOUSE_SLOP = 4;

/** What a press on the drag handle has become: still a press, a drag, or not a drag at all. */
export type PressOutcome = 'wait' | 'drag' | 'cancel';

/**
 * Decides what a press on the handle is, from how it moved (`dx`, `dy` px since it went down)
 * and how long it has been held. A mouse or pen drags once it moves; a finger must first rest for
 * `HOLD_MS` without moving, so swiping over the handle still scrolls the page.
 */
export function pressOutcome(pointerType: string, dx: number, dy: number, heldMs: number): PressOutcome {
  const moved = Math.hypot(dx, dy);
  if (pointerType !== 'touch') return moved >= MOUSE_SLOP ? 'drag' : 'wait';
  if (moved > TOUCH_SLOP) return 'cancel';
  return heldMs >= HOLD_MS ? 'drag' : 'wait';
}

/** The vertical extent of one row on screen. */
export interface RowBox {
  top: number;
  bottom: number;
}

/**
 * Where an item dragged to height `y` lands in a list of `rows` (top to bottom): the index of the
 * row it goes in front of, or `rows.length` for the end. A row's upper half means "before it".
 */
export function dropSlot(rows: readonly RowBox[], y: number): number {
  const index = rows.findIndex((row) => y < (row.top + row.bottom) / 2);
  return index === -1 ? rows.length : index;
}

/** The band (px) at the top and bottom of the screen where a drag scrolls the page. */
export const EDGE_BAND = 48;
/** The fastest scroll (px per frame), reached at the very edge. */
export const EDGE_SPEED = 16;

/**
 * How far to scroll the page this frame while an item is dragged at height `y` of a viewport
 * `height` px tall: negative (up) near the top, positive (down) near the bottom, faster closer to
 * the edge, and 0 in between, so an item can travel further than one screen.
 */
export function edgeScroll(y: number, height: number): number {
  const depth = Math.min(y, EDGE_BAND) - EDGE_BAND; // ≤ 0 inside the top band
  const fromBottom = EDGE_BAND - Math.min(height - y, EDGE_BAND); // ≥ 0 inside the bottom band
  const into = depth < 0 ? depth : fromBottom;
  // `|| 0` turns a rounded -0 into 0.
  return Math.round((Math.max(-EDGE_BAND, Math.min(EDGE_BAND, into)) / EDGE_BAND) * EDGE_SPEED) || 0;
}
