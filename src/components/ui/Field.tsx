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
      <FieldNote className="hint" id={hintId} text={hint} />
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      <FieldNote className="field-error" id={errorId} text={error} />
    </div>
  );
}

/** The hint under a label (`hint`) or the error under a control (`field-error`), when there is text. */
export function FieldNote({
  className,
  id,
  text,
}: {
  className: 'hint' | 'field-error';
  id: string | undefined;
  text: string | undefined;
}) {
  return text ? (
    <p className={className} id={id}>
      {text}
    </p>
  ) : null;
}
