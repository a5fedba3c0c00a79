/**
 * Keyboard moves inside a row of buttons that share one tab stop (a toolbar with a "roving
 * tabindex"): Left and Right go to the previous or next button and wrap around, Home and End go
 * to the first and the last. Up and Down are left to the page, which scrolls.
 */

/**
 * The button to focus after `key` is pressed on button `current` of `count`, or null when the key
 * is not a toolbar move (the browser should then handle it as usual).
 */
export function rovingIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
