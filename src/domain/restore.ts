/**
 * The one door for plans read back from storage or a file: sanitise, migrate, validate.
 * Nothing read back reaches a store without passing through here.
 */
import type { z } from 'zod/v4/mini';
import { migrate } from './migrations';
import { CURRENT_SCHEMA_VERSION, planSchema, type Plan } from './plan';
import { fail, ok, type Result } from './result';
import { idRepairNotice, makeIdsUnique } from './unique-ids';

type ZodIssue = z.core.$ZodIssue;

/** Plan files larger than this are refused before parsing (a plan with 5,000 people is ~2 MB). */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

/** Marker written into plan files so a foreign JSON file is recognised as such. */
export const PLAN_FILE_APP = 'convening-planner';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Copies a JSON value, leaving out keys that could reach an object's prototype. The copy is
 * made of plain objects and arrays only, so validation never meets a getter or a class.
 */
export function sanitize(value: unknown, depth = 0): unknown {
  if (depth > 64) throw new Error('nested too deeply');
  if (Array.isArray(value)) return value.map((v) => sanitize(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      out[key] = sanitize((value as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  }
  return value;
}

/** What went wrong, in words; zod's mini build ships no message texts, so they are made here. */
function issueText(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}`;
    case 'too_big':
      return `too ${issue.origin === 'string' ? 'long' : issue.origin === 'array' ? 'many entries' : 'big'} (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too ${issue.origin === 'string' ? 'short' : issue.origin === 'array' ? 'few entries' : 'small'} (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      return 'not in the expected format';
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'not in any accepted form';
    default:
      return issue.message || 'invalid';
  }
}

/** A readable path like `invitees[3].email: expected string` for a validation issue. */
export function describeIssue(issue: ZodIssue): string {
  let path = '';
  for (const part of issue.path) {
    path += typeof part === 'number' ? `[${part}]` : path ? `.${String(part)}` : String(part);
  }
  const text = issueText(issue);
  return path ? `${path}: ${text}` : text;
}

/** A plan read back, with what `restore()` had to repair in it (null: nothing). */
export interface Restored {
  plan: Plan;
  /** A sentence for the user when ids were made unique; null when the plan was used as it was. */
  notice: string | null;
}

/** Turns any value read back into a valid current plan, or a message saying what is wrong. */
export function restore(raw: unknown): Result<Plan> {
  const restored = restoreWithNotice(raw);
  return restored.ok ? ok(restored.value.plan) : restored;
}

/**
 * `restore()` that also says what it repaired. Entries sharing an id are given their own ids
 * (see ./unique-ids.ts) rather than refusing the whole plan: the user keeps every entry and is
 * told how many were changed.
 */
export function restoreWithNotice(raw: unknown): Result<Restored> {
  let value: unknown;
  try {
    value = sanitize(raw);
  } catch {
    return fail('The plan is nested too deeply to be a plan.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('This is not a plan: expected an object with event, goals, agenda and invitees.');
  }
  const record = value as Record<string, unknown>;
  const version = record.schemaVersion;
  if (version === 0) {
    return fail(
      'This plan says it is schema version 0, which no release of the planner wrote (the first was version 1), so it cannot be opened.',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      version === undefined
        ? 'This is not a Convening Planner plan: it has no schema version.'
        : `This is not a Convening Planner plan: its schema version ${JSON.stringify(version)} is not a version number.`,
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      `This plan was saved by a newer version of the planner (version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Open it with the newer version.`,
    );
  }
  const migrated = migrate(record, version, CURRENT_SCHEMA_VERSION);
  if (!migrated) return fail(`Plans of version ${version} cannot be read by this version.`);
  const parsed = planSchema().safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map(describeIssue);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    return fail(`The plan has invalid data: ${issues.join('; ')}${more}.`);
  }
  const { plan, repairs } = makeIdsUnique(parsed.data);
  return ok({ plan, notice: idRepairNotice(repairs) });
}

/** The JSON text of a plan file. */
export function serializePlanFile(plan: Plan, savedAt: Date): string {
  return JSON.stringify(
    { app: PLAN_FILE_APP, schemaVersion: plan.schemaVersion, savedAt: savedAt.toISOString(), plan },
    null,
    2,
  );
}

/** Reads the text of an opened plan file: size cap, JSON, app marker, then `restoreWithNotice()`. */
export function parsePlanFile(text: string, byteLength: number): Result<Restored> {
  if (byteLength > MAX_PLAN_FILE_BYTES) {
    return fail(
      `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; plan files are at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('The file is not valid JSON, so it cannot be a plan file saved by this planner.');
  }
  if (json === null || typeof json !== 'object' || (json as Record<string, unknown>).app !== PLAN_FILE_APP) {
    return fail('This file is not a Convening Planner plan file (it has no "app": "convening-planner" marker).');
  }
  return restoreWithNotice((json as Record<string, unknown>).plan);
}
