/**
 * Loads and validates the toolkit content in `content/` with the same schemas the site uses.
 * Any test can call `loadContent()` to work with real content; a schema error names the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  activitySchema,
  agendaCheckSchema,
  agendaTemplateSchema,
  checklistTemplateSchema,
  focusAreaSchema,
  goalSchema,
  resourceSchema,
  sheetLabelsSchema,
  stakeholderCategorySchema,
  type Resource,
} from '../../src/domain/content-schemas';
import type { SheetLabelSet } from '../../src/domain/sheet-language';
import { assembleToolkit, type Toolkit } from '../../src/domain/toolkit';

/** Absolute path of the repository's `content/` folder. */
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** Parses one YAML file (path relative to `content/`) without validating it. */
export function readYaml(relPath: string): unknown {
  return parse(readFileSync(join(contentDir, relPath), 'utf8'));
}

/** The `.yaml` files directly inside a folder of `content/`, as paths relative to `content/`, sorted. */
export function listYaml(relDir: string): string[] {
  return readdirSync(join(contentDir, relDir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(relDir, name));
}

/** Validates `data` with `schema`, throwing an error that names the file and each bad field. */
export function validate<S extends z.ZodTypeAny>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`content/${file} does not match its schema:\n${issues}`);
  }
  return result.data;
}

function loadArray<S extends z.ZodTypeAny>(schema: S, file: string): z.output<S>[] {
  const data = readYaml(file);
  if (!Array.isArray(data)) throw new Error(`content/${file} should hold a YAML list`);
  return data.map((entry, index) => validate(schema, entry, `${file} [${index}]`));
}

/** Loads one object per file from a folder, checking that each `id` equals the file name. */
function loadFolder<S extends z.ZodTypeAny>(schema: S, relDir: string): z.output<S>[] {
  return listYaml(relDir).map((file) => {
    const item = validate(schema, readYaml(file), file) as { id: string };
    const expected = basename(file, '.yaml');
    if (item.id !== expected) {
      throw new Error(`content/${file} has id "${item.id}" but should be "${expected}"`);
    }
    return item as z.output<S>;
  });
}

/** The toolkit as the site sees it; kept as a name so tests read naturally. */
export type Content = Toolkit;

/** The entries as read from the YAML files, before the toolkit's shared sort order is applied. */
export function readRawContent(): Toolkit {
  return {
    goals: loadFolder(goalSchema, 'goals'),
    focusAreas: loadArray(focusAreaSchema, 'focus-areas.yaml'),
    templates: loadFolder(agendaTemplateSchema, 'agenda-templates'),
    activities: loadArray(activitySchema, 'activities.yaml'),
    categories: loadArray(stakeholderCategorySchema, 'stakeholder-categories.yaml'),
    checklist: loadArray(checklistTemplateSchema, 'checklist.yaml'),
    checks: loadArray(agendaCheckSchema, 'agenda-checks.yaml'),
  };
}

/** Reads every content file, validates it and orders it as the site does; throws on the first invalid file. */
export function loadContent(): Content {
  return assembleToolkit(readRawContent());
}

/** The Resources page's entries (kept out of the toolkit value: only that page uses them). */
export function loadResources(): Resource[] {
  return loadArray(resourceSchema, 'resources.yaml');
}

/** The participant sheets' labels, English and Spanish, validated (a missing language or key throws). */
export function loadSheetLabels(): SheetLabelSet {
  const data = readYaml('sheet-labels.yaml') as Record<string, unknown> | null;
  return {
    en: validate(sheetLabelsSchema, data?.en, 'sheet-labels.yaml en'),
    es: validate(sheetLabelsSchema, data?.es, 'sheet-labels.yaml es'),
  };
}
