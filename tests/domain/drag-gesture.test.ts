import { describe, expect, it } from 'vitest';
import { dropSlot, edgeScroll, HOLD_MS, pressOutcome } from '../../src/domain/drag-gesture';

describe('pressOutcome', () => {
  it('drags with a mouse or pen as soon as it moves 4 px, with no wait', () => {
    expect(pressOutcome('mouse', 0, 0, 5000)).toBe('wait');
    expect(pressOutcome('mouse', 3, 0, 0)).toBe('wait');
    expect(pressOutcome('mouse', 0, -4, 0)).toBe('drag');
    expect(pressOutcome('pen', 3, 3, 0)).toBe('drag');
  });

  it('lifts an item under a finger only after it rests 350 ms without moving more than 10 px', () => {
    expect(pressOutcome('touch', 0, 0, HOLD_MS - 1)).toBe('wait');
    expect(pressOutcome('touch', 0, 0, HOLD_MS)).toBe('drag');
    expect(pressOutcome('touch', 6, 8, HOLD_MS)).toBe('drag');
  });

  it('leaves a finger that moves before the hold ends to scroll the page', () => {
    expect(pressOutcome('touch', 0, 11, 100)).toBe('cancel');
    expect(pressOutcome('touch', 8, 8, HOLD_MS)).toBe('cancel');
  });
});

describe('dropSlot', () => {
  const rows = [
    { top: 100, bottom: 140 },
    { top: 145, bottom: 205 },
    { top: 210, bottom: 250 },
  ];

  it('puts the item in front of the row whose upper half the pointer is over', () => {
    expect(dropSlot(rows, 100)).toBe(0);
    expect(dropSlot(rows, 119)).toBe(0);
    expect(dropSlot(rows, 120)).toBe(1);
    expect(dropSlot(rows, 174)).toBe(1);
    expect(dropSlot(rows, 175)).toBe(2);
  });

  it('puts the item first above the list and last below the last row’s middle', () => {
    expect(dropSlot(rows, -50)).toBe(0);
    expect(dropSlot(rows, 230)).toBe(3);
    expect(dropSlot(rows, 900)).toBe(3);
  });

  it('puts the item first in an empty list', () => {
    expect(dropSlot([], 10)).toBe(0);
  });
});

describe('edgeScroll', () => {
  it('does not scroll while the pointer is away from the top and bottom 48 px', () => {
    expect([48, 300, 552].map((y) => edgeScroll(y, 600))).toEqual([0, 0, 0]);
  });

  it('scrolls up near the top and down near the bottom, faster closer to the edge', () => {
    expect([0, 12, 24, 36, 47].map((y) => edgeScroll(y, 600))).toEqual([-16, -12, -8, -4, 0]);
    expect([553, 564, 576, 588, 600].map((y) => edgeScroll(y, 600))).toEqual([0, 4, 8, 12, 16]);
  });

  it('scrolls at full speed when the pointer leaves the screen', () => {
    expect(edgeScroll(-30, 600)).toBe(-16);
    expect(edgeScroll(640, 600)).toBe(16);
  });
});
