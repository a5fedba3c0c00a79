import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { rovingIndex } from '../../domain/roving-focus';

const buttonsIn = (el: Element) => [...el.querySelectorAll('button')];

/**
 * A toolbar of `count` buttons with one tab stop: Tab reaches the button used last (the first at
 * the start), the arrow keys, Home and End move between them. Spread `toolbar` on the container
 * (give it an `aria-label` too) and set each button's `tabIndex` to `tab(itsPosition)`.
 */
export function useRoving(count: number) {
  const [stop, setStop] = useState(0);
  const current = Math.min(stop, count - 1);
  return {
    toolbar: {
      role: 'toolbar',
      onFocus: (e: FocusEvent<HTMLElement>) => {
        const index = buttonsIn(e.currentTarget).indexOf(e.target as HTMLButtonElement);
        if (index >= 0) setStop(index);
      },
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
        const buttons = buttonsIn(e.currentTarget);
        const next = rovingIndex(buttons.indexOf(e.target as HTMLButtonElement), e.key, buttons.length);
        if (next === null) return;
        e.preventDefault();
        buttons[next]!.focus();
      },
    },
    tab: (index: number) => (index === current ? 0 : -1),
  };
}
