/**
 * Moves focus after a re-render (the next animation frame): to the first of `ids` that exists
 * and is enabled, so focus never drops to <body> when the control that had it disappears.
 */
export function focusSoon(...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (!el || el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) continue;
      el.focus();
      if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
      return;
    }
  });
}
