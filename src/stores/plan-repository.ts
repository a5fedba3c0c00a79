/**
 * Where plans are kept, as policy over an injected key-value store (IndexedDB in the browser).
 * Each plan is a versioned envelope `{ schemaVersion, rev, savedAt, plan }` stored as JSON text
 * under `plan:<id>`, with a small `meta:<id>` record for the list of plans. `rev` counts saves
 * so a tab can tell that another tab saved since. Unreadable values are backed up once each.
 */
import { listEntry } from '../domain/plan-copy';
import { planSchema, type Plan } from '../domain/plan';
import { describeIssue, restore } from '../domain/restore';
import { textHash } from '../domain/text-hash';
import { isQuotaError, type KeyValueStore } from '../platform/plan-storage';

/** Where earlier versions kept the one plan, in localStorage (see ./legacy-migration.ts). */
export const LEGACY_PLAN_KEY = 'convening-planner:plan';
export const planKey = (id: string) => `plan:${id}`;
export const metaKey = (id: string) => `meta:${id}`;
export const BACKUP_PREFIX = 'backup:';
const OPEN_KEY = 'open';

export interface Envelope {
  schemaVersion: number;
  rev: number;
  savedAt: string;
  plan: Plan;
}

/** A saved plan as the start page lists it. */
export interface PlanMeta {
  id: string;
  title: string;
  dates: string[];
  savedAt: string;
  rev: number;
  /** When the user deleted it; it can be brought back until it is purged. */
  deletedAt: string | null;
}

export interface CorruptNotice {
  error: string;
  raw: string;
  /** Where the backup copy is, or null when there was no room for one. */
  backupKey: string | null;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; plan: Plan; rev: number; savedAt: string }
  | ({ kind: 'corrupt' } & CorruptNotice);

export type SaveResult =
  | { kind: 'saved'; rev: number; savedAt: string }
  /** Another tab saved revision `rev` since this tab last loaded or saved. */
  | { kind: 'conflict'; rev: number }
  | { kind: 'quota' }
  /** The plan breaks the schema: writing it would leave a value that cannot load. */
  | { kind: 'invalid'; error: string }
  | { kind: 'failed'; error: string };

const message = (error: unknown) => String((error as Error)?.message ?? error);

/** Parses a stored envelope through `restore()`. Unreadable values come back as `corrupt`. */
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

/** The revision in a meta record read back (0 when there is none). */
export const revOf = (meta: unknown): number => {
  const rev = (meta as Partial<PlanMeta> | null)?.rev;
  return typeof rev === 'number' ? rev : 0;
};

export class PlanRepository {
  constructor(
    readonly kv: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Loads a plan. An unreadable value stays where it is and gets one backup copy. */
  async load(id: string): Promise<LoadResult> {
    const [raw] = await this.kv.getMany([planKey(id)]);
    if (typeof raw !== 'string') return { kind: 'empty' };
    const result = parseEnvelope(raw);
    if (result.kind !== 'corrupt') return result;
    return { ...result, backupKey: await this.backUp(raw) };
  }

  /**
   * Writes the plan as revision `rev`. With `expectRev`, refuses with `conflict` when the stored
   * revision is above it (another tab saved). The write is queued before this returns.
   */
  save(plan: Plan, rev: number, expectRev?: number): Promise<SaveResult> {
    // Never write what restore() would refuse on the next load: the last good copy stays.
    const checked = planSchema().safeParse(plan);
    if (!checked.success)
      return Promise.resolve({
        kind: 'invalid',
        error: checked.error.issues.slice(0, 3).map(describeIssue).join('; '),
      });
    const savedAt = this.now().toISOString();
    const envelope: Envelope = { schemaVersion: plan.schemaVersion, rev, savedAt, plan };
    const meta: PlanMeta = { id: plan.id, ...listEntry(plan), savedAt, rev, deletedAt: null };
    let theirs = 0;
    const check =
      expectRev === undefined
        ? undefined
        : {
            key: metaKey(plan.id),
            accept: (current: unknown) => {
              theirs = revOf(current);
              return theirs <= expectRev;
            },
          };
    // The plan saved last is the one a new tab opens; one transaction, so it never points elsewhere.
    const entries: [string, unknown][] = [
      [planKey(plan.id), JSON.stringify(envelope)],
      [metaKey(plan.id), meta],
      [OPEN_KEY, plan.id],
    ];
    // The executor runs now (so the write is queued now) and turns a synchronous throw into a rejection.
    return new Promise<boolean>((resolve) => resolve(this.kv.write(entries, check))).then(
      (written): SaveResult => (written ? { kind: 'saved', rev, savedAt } : { kind: 'conflict', rev: theirs }),
      (error: unknown): SaveResult =>
        isQuotaError(error) ? { kind: 'quota' } : { kind: 'failed', error: message(error) },
    );
  }

  /** Keeps `raw` under a key made from its hash: the same value is backed up once. */
  async backUp(raw: string): Promise<string | null> {
    const key = BACKUP_PREFIX + textHash(raw);
    try {
      const [existing] = await this.kv.getMany([key]);
      if (existing !== raw) await this.kv.write([[key, raw]]);
      return key;
    } catch {
      return null;
    }
  }

  /** The plan saved last in this browser (a new tab opens it). */
  async openId(): Promise<string | null> {
    const [id] = await this.kv.getMany([OPEN_KEY]);
    return typeof id === 'string' ? id : null;
  }
}
