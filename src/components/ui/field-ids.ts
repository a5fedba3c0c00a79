import { useId } from 'react';

/** Ids that tie a control to its hint and error, so screen readers read them with the label. */
export function useFieldIds(hint: string | undefined, error: string | undefined, fixedId?: string) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}
