import { type ReactElement, cloneElement } from 'react';
import { useFieldIds } from './field-ids';

interface Props {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The control; it receives id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and error message tied to it for screen readers. */
export function Field({ label, hint, error, children }: Props) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={hintId} text={hint} />
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      <FieldError id={errorId} text={error} />
    </div>
  );
}

/** The hint under a label, when there is one. */
export function FieldHint({ id, text }: { id: string | undefined; text: string | undefined }) {
  return text ? (
    <p className="hint" id={id}>
      {text}
    </p>
  ) : null;
}

/** The error under a control, when there is one. */
export function FieldError({ id, text }: { id: string | undefined; text: string | undefined }) {
  return text ? (
    <p className="field-error" id={id}>
      {text}
    </p>
  ) : null;
}
