import { describe, expect, it } from 'vitest';
import { rovingIndex } from '../../src/domain/roving-focus';

describe('rovingIndex', () => {
  it('goes to the next and previous button with the arrows, wrapping at the ends', () => {
    expect(rovingIndex(0, 'ArrowRight', 5)).toBe(1);
    expect(rovingIndex(4, 'ArrowRight', 5)).toBe(0);
    expect(rovingIndex(3, 'ArrowLeft', 5)).toBe(2);
    expect(rovingIndex(0, 'ArrowLeft', 5)).toBe(4);
  });

  it('goes to the first button with Home and the last with End', () => {
    expect(rovingIndex(3, 'Home', 6)).toBe(0);
    expect(rovingIndex(1, 'End', 6)).toBe(5);
  });

  it('leaves other keys, Up and Down included, to the browser', () => {
    expect(['ArrowUp', 'ArrowDown', 'Tab', 'Enter', ' ', 'a'].map((key) => rovingIndex(1, key, 5))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('has nothing to move to in an empty toolbar', () => {
    expect(rovingIndex(0, 'End', 0)).toBeNull();
  });
});
