/**
 * Moving an agenda item by its handle with any pointer: a mouse or pen drags at once, a finger
 * after resting on the handle for a moment (so a swipe over the handle still scrolls the page).
 * Pointer Events cover all three; the rules live in domain/drag-gesture.ts. One drag at a time,
 * shared by both days, so an item can be dropped into the other day.
 */
import type { PointerEvent } from 'react';
import { dropSlot, edgeScroll, HOLD_MS, pressOutcome } from '../../domain/drag-gesture';
import { dropItem } from '../../stores/agenda';
import { focusSoon, ids, type Announce } from './focus';

interface Press {
  row: HTMLElement;
  type: string;
  x0: number;
  y0: number;
  t0: number;
  x: number;
  y: number;
  lifted?: boolean;
  timer?: number;
  /** The day and the slot the item would land in now; none while not over a day's list. */
  target?: [day: number, slot: number];
}

let press: Press | null = null;
/** The row (or empty list) marked as where the item would land, and the mark's class. */
let marker: [Element, string] | null = null;

function unmark() {
  marker?.[0].classList.remove(marker[1]);
  marker = null;
}

/** Finds the list and slot under the pointer and marks it: a line above or below a row. */
function mark(p: Press) {
  unmark();
  const list = document.elementFromPoint(p.x, p.y)?.closest<HTMLElement>('.agenda-list');
  p.target = undefined;
  if (!list) return;
  const rows = [...list.children];
  const slot = dropSlot(
    rows.map((row) => row.getBoundingClientRect()),
    p.y,
  );
  p.target = [Number(list.dataset.day), slot];
  marker = rows[slot]
    ? [rows[slot], 'drop-before']
    : rows.length
      ? [rows[slot - 1]!, 'drop-after']
      : [list, 'drop-into'];
  marker[0].classList.add(marker[1]);
}

/** Scrolls the page while the item is held near the top or bottom of the screen. */
function scrollNearEdges(p: Press) {
  if (press !== p) return;
  const dy = edgeScroll(p.y, innerHeight);
  if (dy) {
    scrollBy(0, dy);
    mark(p);
  }
  requestAnimationFrame(() => scrollNearEdges(p));
}

function end() {
  clearTimeout(press?.timer);
  press?.row.classList.remove('lifted');
  unmark();
  press = null;
}

/** Lifts the item, or lets go when the press turned out to be a scroll. */
function settle(p: Press, heldMs: number) {
  const outcome = pressOutcome(p.type, p.x - p.x0, p.y - p.y0, heldMs);
  if (outcome === 'cancel') end();
  if (outcome !== 'drag') return;
  p.lifted = true;
  p.row.classList.add('lifted');
  mark(p);
  scrollNearEdges(p);
}

/** Lets a held finger move the item instead of scrolling the page (a ref for each handle). */
export function holdScroll(handle: HTMLElement | null): void {
  handle?.addEventListener(
    'touchmove',
    (e) => {
      if (press?.lifted) e.preventDefault();
    },
    { passive: false },
  );
}

/** The handle's pointer handlers; `announce` tells where a dropped item went. */
export function pointerDrag(announce: Announce) {
  const follow = (e: PointerEvent) => {
    const p = press;
    if (!p) return;
    p.x = e.clientX;
    p.y = e.clientY;
    if (p.lifted) mark(p);
    else settle(p, e.timeStamp - p.t0);
  };
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button) return;
      end();
      const { clientX: x, clientY: y, pointerType: type } = e;
      const p: Press = { row: e.currentTarget.closest('li')!, type, x0: x, y0: y, t0: e.timeStamp, x, y };
      press = p;
      e.currentTarget.setPointerCapture(e.pointerId);
      // A finger lifts the item once it has rested long enough; a mouse press would select text.
      if (type === 'touch') p.timer = window.setTimeout(() => press === p && settle(p, HOLD_MS), HOLD_MS);
      else e.preventDefault();
    },
    onPointerMove: follow,
    onPointerUp: (e: PointerEvent) => {
      follow(e);
      const p = press;
      end();
      if (!p?.lifted || !p.target) return;
      const [day, slot] = p.target;
      const id = p.row.dataset.itemId!;
      announce(`Moved the item to position ${dropItem(id, day, slot) + 1} of day ${day + 1}.`);
      focusSoon(ids.summary(id));
    },
    onPointerCancel: end,
  };
}

/** The handlers a row's drag handle takes. */
export type PointerDrag = ReturnType<typeof pointerDrag>;
