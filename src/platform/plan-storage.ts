/**
 * Saves the plan in browser storage inside a versioned envelope and reads it back through
 * `restore()`. Storage is injected so tests can use a fake that fills up, throws or is absent.
 */
import { planSchema, type Plan } from '../domain/plan';
import { describeIssue, restore } from '../domain/restore';

/** The part of the Web Storage API we use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const PLAN_KEY = 'convening-planner:plan';
export const BACKUP_PREFIX = 'convening-planner:backup:';

/** What is written under PLAN_KEY. `rev` counts saves so a second tab can tell it is stale. */
export interface Envelope {
  schemaVersion: number;
  rev: number;
  savedAt: string;
  plan: Plan;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; plan: Plan; rev: number; savedAt: string }
  /** The stored value could not be read; `raw` is kept so the user can download it. */
  | { kind: 'corrupt'; error: string; raw: string; backupKey: string | null };

export type SaveResult =
  | { kind: 'saved'; rev: number; savedAt: string }
  /** Another tab saved a newer revision since this tab last loaded or saved. */
  | { kind: 'conflict'; theirs: LoadResult }
  | { kind: 'quota' }
  /** The plan in memory breaks the schema: saving it would leave a value that cannot load. */
  | { kind: 'invalid'; error: string }
  | { kind: 'failed'; error: string };

/** True for the quota errors of Chromium/WebKit (QuotaExceededError, code 22) and Firefox. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Reads the envelope's rev without validating the plan (cheap, for conflict checks). */
export function readRev(raw: string | null): number {
  if (!raw) return 0;
  try {
    const rev = (JSON.parse(raw) as { rev?: unknown }).rev;
    return typeof rev === 'number' && Number.isFinite(rev) ? rev : 0;
  } catch {
    return 0;
  }
}

/** Parses a stored envelope. Exported for the cross-tab listener. */
export function parseEnvelope(raw: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', error: 'The saved plan is not valid JSON.', raw, backupKey: null };
  }
  const envelope = json as Partial<Envelope> | null;
  if (!envelope || typeof envelope !== 'object' || typeof envelope.rev !== 'number' || !('plan' in envelope)) {
    return { kind: 'corrupt', error: 'The saved value is not a plan envelope.', raw, backupKey: null };
  }
  const restored = restore(envelope.plan);
  if (!restored.ok) return { kind: 'corrupt', error: restored.error, raw, backupKey: null };
  return { kind: 'loaded', plan: restored.value, rev: envelope.rev, savedAt: String(envelope.savedAt ?? '') };
}

export class PlanStorage {
  /** The rev this tab last loaded or wrote; a stored rev above it means another tab saved. */
  private knownRev = 0;

  constructor(
    private readonly storage: StorageLike,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get rev(): number {
    return this.knownRev;
  }

  /** Loads the saved plan. An unreadable value is copied to a backup key, never deleted. */
  load(): LoadResult {
    const raw = this.storage.getItem(PLAN_KEY);
    if (raw === null) return { kind: 'empty' };
    const result = parseEnvelope(raw);
    if (result.kind === 'loaded') {
      this.knownRev = result.rev;
      return result;
    }
    if (result.kind === 'corrupt') {
      // The unreadable value stays where it is until the user saves a plan over it; the backup
      // is a second copy that survives that save.
      this.knownRev = readRev(raw);
      let backupKey: string | null = BACKUP_PREFIX + this.now().toISOString();
      try {
        this.storage.setItem(backupKey, raw);
      } catch {
        backupKey = null;
      }
      return { ...result, backupKey };
    }
    return result;
  }

  /**
   * Writes the plan. Refuses with `conflict` when another tab saved since, unless `force`
   * (the user chose to keep this tab's version).
   */
  save(plan: Plan, options: { force?: boolean } = {}): SaveResult {
    // Never write what restore() would refuse on the next load: the last good copy stays.
    const checked = planSchema.safeParse(plan);
    if (!checked.success)
      return { kind: 'invalid', error: checked.error.issues.slice(0, 3).map(describeIssue).join('; ') };
    let storedRev: number;
    try {
      storedRev = readRev(this.storage.getItem(PLAN_KEY));
    } catch (error) {
      return { kind: 'failed', error: String((error as Error).message ?? error) };
    }
    if (storedRev > this.knownRev && !options.force) {
      const raw = this.storage.getItem(PLAN_KEY);
      return { kind: 'conflict', theirs: raw ? parseEnvelope(raw) : { kind: 'empty' } };
    }
    const rev = Math.max(storedRev, this.knownRev) + 1;
    const savedAt = this.now().toISOString();
    const envelope: Envelope = { schemaVersion: plan.schemaVersion, rev, savedAt, plan };
    try {
      this.storage.setItem(PLAN_KEY, JSON.stringify(envelope));
    } catch (error) {
      if (isQuotaError(error)) return { kind: 'quota' };
      return { kind: 'failed', error: String((error as Error).message ?? error) };
    }
    this.knownRev = rev;
    return { kind: 'saved', rev, savedAt };
  }

  /** Adopts another tab's revision as the one this tab knows (after the user loaded it). */
  acknowledge(rev: number): void {
    this.knownRev = rev;
  }
}

/** The browser's localStorage if it can be used at all, else null (private mode, blocked). */
export function getBrowserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = 'convening-planner:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // A full storage still exists: saving will report the quota problem properly.
    if (isQuotaError(error)) return globalThis.localStorage;
    return null;
  }
}
