/**
 * Compute benchmarks that run inside headless Chromium: the benchmark script bundles this file
 * with esbuild and calls `window.convBench.run(toolkit)`. It times the same pure functions the
 * pages call (import, filter, agenda recompute, exports), never with assertions.
 */
import { scheduleDays } from '../src/domain/agenda-times';
import { blankItem, updateItem } from '../src/domain/agenda-edit';
import { runAgendaChecks } from '../src/domain/agenda-checks';
import { itemFromTemplate } from '../src/domain/agenda-edit';
import { assembleToolkit, type Toolkit } from '../src/domain/toolkit';
import {
  activitySchema,
  agendaCheckSchema,
  agendaTemplateSchema,
  checklistTemplateSchema,
  focusAreaSchema,
  goalSchema,
  stakeholderCategorySchema,
} from '../src/domain/content-schemas';
import { guessMapping } from '../src/domain/csv-columns';
import { decodeCsvBytes } from '../src/domain/csv-decode';
import { parseCsv } from '../src/domain/csv-parse';
import { buildImportPreview } from '../src/domain/csv-rows';
import { applyImport } from '../src/domain/invitee-import';
import { filterInvitees, NO_FILTER, sortInvitees } from '../src/domain/invitee-filter';
import { emptyDraft } from '../src/domain/invitees';
import { createPlan, type Invitee, type Plan } from '../src/domain/plan';
import { buildAll, buildFile, EXPORT_KINDS } from '../src/export/build-files';
import { inviteesToCsv } from '../src/export/invitees-csv';
import { zipFiles } from '../src/export/zip';
import { openIndexedDb } from '../src/platform/plan-storage';
import { PlanRepository } from '../src/stores/plan-repository';

const FIRST = ['María', 'José', 'Ana', 'Li', 'Oluwaseun', 'Zoë', 'Mohammed', 'Chloé', 'Kenji', 'Priya'];
const LAST = ['García', 'Nguyen', 'Smith', 'Okafor', 'Müller', 'Tanaka', 'Johnson', 'Rossi', 'Kowalski', 'Haddad'];
const ORGS = ['Riverside Unified', 'Boys & Girls Club', 'City College', 'Public Library', 'YMCA', 'Community Fund'];

/** A CSV of `n` people with the headers Outlook exports. */
export function peopleCsv(n: number, categories: string[]): string {
  const lines = ['First Name,Last Name,E-mail Address,Company,Job Title,Category'];
  for (let i = 0; i < n; i += 1) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    lines.push(
      `${first},${last} ${i},person${i}@example.org,"${ORGS[i % ORGS.length]}",Coordinator,${categories[i % categories.length]}`,
    );
  }
  return lines.join('\r\n');
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function importPeople(n: number, toolkit: Toolkit): { ms: number; invitees: Invitee[] } {
  const bytes = new TextEncoder().encode(
    peopleCsv(
      n,
      toolkit.categories.map((c) => c.name),
    ),
  );
  let id = 0;
  const { ms, value } = time(() => {
    const { text } = decodeCsvBytes(bytes);
    const table = parseCsv(text);
    const mapping = guessMapping(table.rows[0] ?? []);
    const preview = buildImportPreview(table, mapping, [], {
      categories: toolkit.categories,
      defaultCategory: 'other',
    });
    return applyImport([], preview, 'skip', () => `p${(id += 1)}`).invitees;
  });
  return { ms, invitees: value };
}

/** Per-keystroke filter times while typing a search word, plus a category filter. */
function filterKeystrokes(invitees: Invitee[]): number[] {
  const word = 'garcía coord';
  const times: number[] = [];
  for (let i = 1; i <= word.length; i += 1) {
    times.push(time(() => filterInvitees(invitees, { ...NO_FILTER, query: word.slice(0, i) })).ms);
  }
  return times;
}

function fullPlan(toolkit: Toolkit, invitees: Invitee[]): Plan {
  const plan = createPlan({ timeZone: 'America/Chicago' });
  const template = toolkit.templates.find((t) => t.id === 'two-day')!;
  let n = 0;
  plan.event = {
    ...plan.event,
    title: 'Riverside Student Success Convening',
    convener: 'Riverside Unified',
    venue: 'Main Library',
    targetGroupSize: 60,
  };
  plan.days = template.days.map((d, i) => ({
    id: `d${i}`,
    date: `2027-03-1${3 + i}`,
    start: d.start,
    end: d.end,
    items: d.items.map((t) => itemFromTemplate(t, `i${(n += 1)}`)),
    actualStart: '',
  }));
  plan.goals = { ...plan.goals, selected: ['align-needs', 'identify-assets', 'set-goals'] };
  plan.invitees = invitees;
  plan.checklist = toolkit.checklist.map((t) => ({
    id: t.id,
    templateId: t.id,
    title: t.title,
    detail: t.detail,
    phase: t.phase,
    offsetDays: t.offsetDays,
    owner: t.owner,
    done: false,
  }));
  return plan;
}

/** A 60-item day: change the first item's minutes, recompute every time and run the checks. */
function agendaRecompute(toolkit: Toolkit): number[] {
  const plan = fullPlan(toolkit, []);
  const source = toolkit.activities.find((a) => a.id === 'connect-conversations') ?? toolkit.activities[0]!;
  plan.days[0]!.items = Array.from({ length: 60 }, (_, i) => itemFromTemplate(source, `x${i}`));
  const times: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    times.push(
      time(() => {
        const next = { ...plan, days: updateItem(plan.days, 'x0', { minutes: 20 + run }) };
        return runAgendaChecks(next, { checks: toolkit.checks, goals: toolkit.goals }, scheduleDays(next.days));
      }).ms,
    );
  }
  return times;
}

/**
 * The toolkit as the site builds it from the YAML files the benchmark read: through the content
 * schemas (which fill in defaults, such as a goal's empty guidance lists) and the shared order.
 */
function toolkitFrom(raw: Record<keyof Toolkit, unknown[]>): Toolkit {
  return assembleToolkit({
    goals: raw.goals.map((entry) => goalSchema.parse(entry)),
    focusAreas: raw.focusAreas.map((entry) => focusAreaSchema.parse(entry)),
    templates: raw.templates.map((entry) => agendaTemplateSchema.parse(entry)),
    activities: raw.activities.map((entry) => activitySchema.parse(entry)),
    categories: raw.categories.map((entry) => stakeholderCategorySchema.parse(entry)),
    checklist: raw.checklist.map((entry) => checklistTemplateSchema.parse(entry)),
    checks: raw.checks.map((entry) => agendaCheckSchema.parse(entry)),
  });
}

export async function run(rawToolkit: Record<keyof Toolkit, unknown[]>) {
  const toolkit = toolkitFrom(rawToolkit);
  const results: Record<string, number> = {};
  // Warm up the JIT once so the first measurement is not mostly compilation.
  importPeople(200, toolkit);

  const small = importPeople(500, toolkit);
  const large = importPeople(5000, toolkit);
  results['import 500 (ms)'] = small.ms;
  results['import 5,000 (ms)'] = large.ms;

  const keys500 = filterKeystrokes(small.invitees);
  const keys5000 = filterKeystrokes(large.invitees);
  results['filter 5,000, median keystroke (ms)'] = median(keys5000);
  results['filter 5,000, slowest keystroke (ms)'] = Math.max(...keys5000);
  results['sort 5,000 by name (ms)'] = time(() => sortInvitees(large.invitees, 'name', toolkit.categories)).ms;

  const csv500 = time(() => inviteesToCsv(small.invitees, toolkit.categories)).ms;
  const csv5000 = time(() => inviteesToCsv(large.invitees, toolkit.categories)).ms;
  results['invitee CSV 5,000 (ms)'] = csv5000;

  const agenda = agendaRecompute(toolkit);
  results['60-item agenda recompute, median (ms)'] = median(agenda);

  const plan = fullPlan(toolkit, small.invitees);
  const content = { goals: toolkit.goals, categories: toolkit.categories };
  const now = new Date('2027-01-05T12:00:00Z');
  const stamp = { now, changedAt: now };
  for (const kind of EXPORT_KINDS) {
    await buildFile(kind, plan, content, stamp); // load the chunk's code paths once
    const { ms } = await timeAsync(() => buildFile(kind, plan, content, stamp));
    results[`export ${kind}, 500 invitees (ms)`] = ms;
  }
  const all = await timeAsync(async () => zipFiles((await buildAll(plan, content, stamp)).files, now));
  results['export everything as .zip, 500 invitees (ms)'] = all.ms;

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  results['growth 500→5,000: import (ratio)'] = large.ms / small.ms;
  results['growth 500→5,000: filter (ratio)'] = sum(keys5000) / sum(keys500);
  results['growth 500→5,000: CSV export (ratio)'] = csv5000 / csv500;
  return results;
}

/** The storage envelope of a one-day plan whose day holds 60 ten-minute sessions from 08:00. */
export function sixtyItemEnvelope(): string {
  const plan = createPlan({ timeZone: 'America/Chicago', now: new Date('2027-01-01T00:00:00Z') });
  plan.event = { ...plan.event, title: 'Bench' };
  plan.days = [
    {
      id: 'day-1',
      date: '2027-03-13',
      start: '08:00',
      end: '18:00',
      actualStart: '',
      items: Array.from({ length: 60 }, (_, i) => ({
        ...blankItem(`item-${i}`),
        title: `Session ${i + 1}`,
        minutes: 10,
      })),
    },
  ];
  return JSON.stringify({ schemaVersion: plan.schemaVersion, rev: 1, savedAt: '2027-01-01T00:00:00.000Z', plan });
}

/** A plan with `n` people, each with a note, as large as the biggest plans we promise to keep. */
function bigPlan(n: number): Plan {
  const plan = createPlan({ timeZone: 'America/Chicago', now: new Date('2027-01-01T00:00:00Z') });
  plan.invitees = Array.from({ length: n }, (_, i) => ({
    ...emptyDraft('youth'),
    id: `p${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
    organization: ORGS[i % ORGS.length]!,
    role: 'Coordinator',
    email: `person${i}@example.org`,
    category: 'youth',
    status: 'invited',
    planningRole: 'none',
    mediaRelease: i % 2 === 0,
    notes: `Met at the spring fair; follow up about tutoring and mentoring for cohort ${i % 12}. `.repeat(2),
  }));
  return plan;
}

/**
 * Saves and loads a 20,000-person plan through the planner's own store in IndexedDB: a save
 * is validate + serialise + write until the transaction commits; a load is read + parse +
 * restore(). Three runs each, medians.
 */
export async function storageTimes(): Promise<Record<string, number>> {
  const plan = bigPlan(20_000);
  const kv = await openIndexedDb();
  if (!kv) throw new Error('IndexedDB is not available in the benchmark page');
  const repo = new PlanRepository(kv);
  const saves: number[] = [];
  const loads: number[] = [];
  for (let i = 1; i <= 3; i += 1) {
    saves.push((await timeAsync(() => repo.save(plan, i))).ms);
    const loaded = await timeAsync(() => repo.load(plan.id));
    if (loaded.value.kind !== 'loaded' || loaded.value.plan.invitees.length !== 20_000) throw new Error('load failed');
    loads.push(loaded.ms);
  }
  return {
    'IndexedDB: 20,000-person plan size (MB)': JSON.stringify(plan).length / 1024 / 1024,
    'IndexedDB: save a 20,000-person plan, median of 3 (ms)': median(saves),
    'IndexedDB: load and restore() a 20,000-person plan, median of 3 (ms)': median(loads),
  };
}

(globalThis as unknown as { convBench: unknown }).convBench = { run, peopleCsv, sixtyItemEnvelope, storageTimes };
