/**
 * Versioned migrations of saved plans. Each entry turns a plan of version N into version N + 1;
 * `restore()` runs them in order. Version 1 is the first release, so the list is empty; a test
 * exercises the runner with a fake migration so the mechanism is known to work before it is needed.
 */
export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] migrates a plan from version n to n + 1. */
export const migrations: Record<number, Migration> = {};

/**
 * Runs the migrations from `from` up to `to`. Returns null when a step is missing, so the caller
 * can report that this version cannot be read instead of guessing.
 */
export function migrate(
  plan: Record<string, unknown>,
  from: number,
  to: number,
  steps: Record<number, Migration> = migrations,
): Record<string, unknown> | null {
  let current = plan;
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    if (!step) return null;
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}
