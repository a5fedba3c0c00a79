/**
 * Outcome of an operation that can fail in a way the user must hear about. The error is a
 * message by default; a form that must say which field failed uses an error object instead.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T, E = string>(value: T): Result<T, E> => ({ ok: true, value });
export const fail = <T = never, E = string>(error: E): Result<T, E> => ({ ok: false, error });
