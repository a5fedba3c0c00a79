import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  activitySchema,
  agendaCheckSchema,
  agendaTemplateSchema,
  checklistTemplateSchema,
  focusAreaSchema,
  goalSchema,
  messageTemplateSchema,
  resourceSchema,
  sheetLabelsSchema,
  stakeholderCategorySchema,
  type TemplateItem,
} from '../../src/domain/content-schemas';
import { PREWORK_TEXT } from '../../src/export/sheet-documents';
import { contentDir, loadContent, loadResources, loadSheetLabels, readYaml, validate } from '../helpers/content';

/** Every `.yaml` file under `content/`, as a POSIX path relative to `content/`. */
function allYamlFiles(dir = contentDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return allYamlFiles(full);
    return name.endsWith('.yaml') || name.endsWith('.yml') ? [relative(contentDir, full).split(sep).join('/')] : [];
  });
}

/** The schema a content file must match: a single object for folders, a list for top-level files. */
function schemaFor(file: string): { schema: z.ZodTypeAny; list: boolean | 'by-language' } | undefined {
  if (file === 'sheet-labels.yaml') return { schema: sheetLabelsSchema, list: 'by-language' };
  if (/^goals\/[^/]+\.yaml$/.test(file)) return { schema: goalSchema, list: false };
  if (/^agenda-templates\/[^/]+\.yaml$/.test(file)) return { schema: agendaTemplateSchema, list: false };
  const lists: Record<string, z.ZodTypeAny> = {
    'focus-areas.yaml': focusAreaSchema,
    'activities.yaml': activitySchema,
    'stakeholder-categories.yaml': stakeholderCategorySchema,
    'checklist.yaml': checklistTemplateSchema,
    'agenda-checks.yaml': agendaCheckSchema,
    'resources.yaml': resourceSchema,
    'messages.yaml': messageTemplateSchema,
  };
  return lists[file] ? { schema: lists[file], list: true } : undefined;
}

const toMinutes = (hhmm: string): number => {
  const [h = NaN, m = NaN] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

/** True when `wanted` appears in `list` in the same order, other entries allowed in between. */
const isSubsequence = (wanted: string[], list: string[]): boolean => {
  let at = 0;
  for (const entry of list) if (entry === wanted[at]) at += 1;
  return at === wanted.length;
};

const TOOLKIT_DAY_1 = [
  'Welcome',
  'Review Goals for the Convening',
  'Introductions: Who is Here and How Are We Working to Support Youth?',
  'Norm Setting',
  'Shared Assets & Challenges: Brainstorm',
  'Break',
  'Shared Assets & Challenges: Prioritization',
  'Preview of Day 2',
];
const TOOLKIT_DAY_2 = [
  'Welcome',
  'Icebreaker',
  'Review Themes from Day 1 and Goals for Day 2',
  'Small Group Goal-Setting: Identifying Opportunities We Have to Address Challenges Agreed Upon During Day 1',
  'Whole Group Goal-Setting',
  'Next Steps',
  'Closing',
];

const content = loadContent();
const template = (id: string) => {
  const found = content.templates.find((t) => t.id === id);
  if (!found) throw new Error(`template ${id} is missing`);
  return found;
};
/** Both days of the two-day template (fails loudly if one is missing). */
const twoDays = () => {
  const [day1, day2] = template('two-day').days;
  if (!day1 || !day2) throw new Error('the two-day template needs two days');
  return [day1, day2] as const;
};
const allTemplateItems = (): TemplateItem[] => content.templates.flatMap((t) => t.days.flatMap((d) => d.items));

describe('content files', () => {
  it('every YAML file under content/ has a schema and matches it', () => {
    const files = allYamlFiles();
    expect(files.length).toBe(15);
    for (const file of files) {
      const entry = schemaFor(file);
      expect(entry, `no schema is known for content/${file}`).toBeDefined();
      const data = readYaml(file);
      if (entry!.list === 'by-language') {
        expect(Object.keys(data as object).sort(), `content/${file} languages`).toEqual(['en', 'es']);
        for (const [lang, labels] of Object.entries(data as object)) validate(entry!.schema, labels, `${file} ${lang}`);
      } else if (entry!.list) {
        expect(Array.isArray(data), `content/${file} should be a list`).toBe(true);
        (data as unknown[]).forEach((item, i) => validate(entry!.schema, item, `${file} [${i}]`));
      } else {
        validate(entry!.schema, data, file);
      }
    }
  });

  it('ids are unique within each file', () => {
    const lists: Record<string, string[]> = {
      goals: content.goals.map((g) => g.id),
      'focus-areas': content.focusAreas.map((f) => f.id),
      templates: content.templates.map((t) => t.id),
      activities: content.activities.map((a) => a.id),
      categories: content.categories.map((c) => c.id),
      checklist: content.checklist.map((c) => c.id),
      checks: content.checks.map((c) => c.id),
    };
    for (const goal of content.goals) {
      const g = goal.guidance;
      lists[`${goal.id}.dataToBring`] = g.dataToBring.map((o) => o.id);
      lists[`${goal.id}.questions`] = g.questions.map((q) => q.id);
      lists[`${goal.id}.assetKinds`] = g.assetKinds.map((a) => a.id);
      lists[`${goal.id}.exampleGoals`] = g.exampleGoals.map((e) => e.id);
      lists[`${goal.id}.planElements`] = g.planElements.map((p) => p.id);
      lists[`${goal.id}.ideas`] = g.ideas.map((i) => i.id);
    }
    for (const [name, ids] of Object.entries(lists)) {
      expect(duplicates(ids), `duplicate ids in ${name}`).toEqual([]);
    }
  });

  it('order numbers are unique and run from 1 in goals, focus areas and categories', () => {
    for (const list of [content.goals, content.focusAreas, content.categories]) {
      const orders = list.map((x) => x.order).sort((a, b) => a - b);
      expect(orders).toEqual(orders.map((_, i) => i + 1));
    }
  });
});

describe('goals', () => {
  it('there are exactly five goals with the toolkit ids in the toolkit order', () => {
    expect(content.goals.map((g) => g.id)).toEqual([
      'build-relationships',
      'align-needs',
      'identify-assets',
      'set-goals',
      'high-level-plan',
    ]);
    expect(content.goals.map((g) => g.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it('align on needs lists all nine toolkit questions once plus the district toolkit data question', () => {
    const align = content.goals.find((g) => g.id === 'align-needs')!;
    const questions = align.guidance.questions;
    expect(questions.filter((q) => q.source === 'events-toolkit')).toHaveLength(9);
    expect(questions.filter((q) => q.source === 'district-toolkit').map((q) => q.text)).toEqual([
      'What data is already available (or could be reasonably collected) to help answer the following questions?',
    ]);
    expect(duplicates(questions.map((q) => q.text))).toEqual([]);
    expect(questions.find((q) => q.text.startsWith('Is chronic absence'))?.focusAreas).toEqual(['tutoring', 'mentoring']);
    expect(questions.find((q) => q.text.startsWith('Are all high school students'))?.focusAreas).toEqual([
      'transition-coaching',
    ]);
    expect(align.guidance.dataToBring.map((d) => d.id)).toEqual([
      'assessment-results',
      'attendance',
      'needs-assessments-plans',
      'new-needs-assessment',
      'program-assessments',
    ]);
  });

  it('identify assets names the toolkit youth-serving organizations and both groups of asset kinds', () => {
    const kinds = content.goals.find((g) => g.id === 'identify-assets')!.guidance.assetKinds;
    expect(kinds.find((k) => k.id === 'youth-serving-orgs')?.examples).toEqual([
      'Boys and Girls Clubs',
      'Big Brothers Big Sisters',
      '4-H',
      'YMCA',
      'Camp Fire',
      'Girls Inc.',
    ]);
    expect(kinds.filter((k) => k.group === 'asset')).toHaveLength(10);
    expect(kinds.filter((k) => k.group === 'support')).toHaveLength(4);
  });

  it('set goals includes the three numeric examples from the state key steps', () => {
    const examples = content.goals.find((g) => g.id === 'set-goals')!.guidance.exampleGoals;
    const state = examples.filter((e) => e.source === 'State partnership key steps').map((e) => e.text);
    expect(state).toHaveLength(3);
    expect(state.join(' ')).toMatch(/10,000 adults/);
    expect(state.join(' ')).toMatch(/100,000 students/);
    expect(state.join(' ')).toMatch(/at least 15%/);
    const ours = examples.filter((e) => e.source === 'Our example').map((e) => e.text);
    expect(ours.length).toBeGreaterThanOrEqual(3);
    // The Goals page says the planner's own examples also say by when.
    expect(ours.filter((text) => !/^(By|Within) /.test(text))).toEqual([]);
  });

  it('the high-level plan offers the toolkit four plan elements first', () => {
    const ids = content.goals.find((g) => g.id === 'high-level-plan')!.guidance.planElements.map((p) => p.id);
    expect(ids.slice(0, 4)).toEqual(['refine-goals', 'next-steps', 'more-collaborators', 'more-resources']);
  });
});

describe('focus areas', () => {
  it('the five focus areas use the toolkit names in the toolkit order', () => {
    const sorted = [...content.focusAreas].sort((a, b) => a.order - b.order);
    expect(sorted.map((f) => [f.id, f.name])).toEqual([
      ['tutoring', 'Tutoring'],
      ['mentoring', 'Mentoring'],
      ['success-coaching', 'Student Success Coaching'],
      ['transition-coaching', 'Post-Secondary Transition Coaching'],
      ['wraparound', 'Wraparound/Integrated Student Support Coordination'],
    ]);
  });

  it('every focus-area id referenced by a question exists', () => {
    const known = new Set(content.focusAreas.map((f) => f.id));
    for (const goal of content.goals) {
      for (const question of goal.guidance.questions) {
        for (const id of question.focusAreas) expect(known, `question ${question.id} uses ${id}`).toContain(id);
      }
    }
  });
});

describe('agenda templates', () => {
  it('there is a two-day template and a one-day template', () => {
    expect(content.templates.map((t) => t.id).sort()).toEqual(['one-day', 'two-day']);
    expect(template('two-day').days).toHaveLength(2);
    expect(template('one-day').days).toHaveLength(1);
  });

  it('the two-day template keeps every toolkit agenda item in order on the right day', () => {
    const [day1, day2] = twoDays();
    expect(isSubsequence(TOOLKIT_DAY_1, day1.items.map((i) => i.title))).toBe(true);
    expect(isSubsequence(TOOLKIT_DAY_2, day2.items.map((i) => i.title))).toBe(true);
  });

  it('items we added to the two-day template are breaks or meals that say they were added', () => {
    const [day1, day2] = twoDays();
    const added = [
      ...day1.items.filter((_, i, items) => !isToolkitItem(items, i, TOOLKIT_DAY_1)),
      ...day2.items.filter((_, i, items) => !isToolkitItem(items, i, TOOLKIT_DAY_2)),
    ];
    expect(added.length).toBeGreaterThan(0);
    for (const item of added) {
      expect(['break', 'meal']).toContain(item.kind);
      expect(item.minutesWhy).toMatch(/Build in breaks/);
    }
  });

  it('every goal id referenced by template items and activities exists', () => {
    const known = new Set(content.goals.map((g) => g.id));
    for (const item of [...allTemplateItems(), ...content.activities]) {
      for (const id of item.goals) expect(known, `"${item.title}" serves unknown goal ${id}`).toContain(id);
    }
  });

  it('every goal is served by at least one item of each template', () => {
    for (const t of content.templates) {
      const served = new Set(t.days.flatMap((d) => d.items.flatMap((i) => i.goals)));
      for (const goal of content.goals) expect(served, `${t.id} does not serve ${goal.id}`).toContain(goal.id);
    }
  });

  it('every template day fits between its start and end time', () => {
    for (const t of content.templates) {
      for (const [n, day] of t.days.entries()) {
        const total = day.items.reduce((sum, i) => sum + i.minutes, 0);
        const available = toMinutes(day.end) - toMinutes(day.start);
        expect(available, `${t.id} day ${n + 1} ends before it starts`).toBeGreaterThan(0);
        expect(total, `${t.id} day ${n + 1} runs over`).toBeLessThanOrEqual(available);
      }
    }
  });

  it('no template day goes longer than the long-stretch threshold without a break or meal', () => {
    const limit = content.checks.find((c) => c.id === 'long-stretch')!.minutes!;
    for (const t of content.templates) {
      for (const day of t.days) {
        let stretch = 0;
        for (const item of day.items) {
          stretch = item.kind === 'break' || item.kind === 'meal' ? 0 : stretch + item.minutes;
          expect(stretch, `${t.id}: stretch ending with "${item.title}"`).toBeLessThanOrEqual(limit);
        }
      }
    }
  });

  it('each template gives introductions at least the short-introductions minimum', () => {
    const minimum = content.checks.find((c) => c.id === 'short-introductions')!.minutes!;
    for (const t of content.templates) {
      const intro = t.days[0]!.items.filter((i) => i.tags.includes('introductions'));
      expect(intro.reduce((sum, i) => sum + i.minutes, 0)).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('the templates use pre-work but leave connect conversations and socials to the checks', () => {
    for (const t of content.templates) {
      const items = t.days.flatMap((d) => d.items);
      expect(items.some((i) => i.tags.includes('prework'))).toBe(true);
      expect(items.some((i) => i.tags.includes('connect'))).toBe(false);
      expect(items.some((i) => i.kind === 'networking')).toBe(false);
    }
  });
});

/** Whether item `index` is matched to the toolkit list when titles are matched greedily in order. */
function isToolkitItem(items: TemplateItem[], index: number, toolkit: string[]): boolean {
  let at = 0;
  for (const [i, item] of items.entries()) {
    if (item.title === toolkit[at]) {
      if (i === index) return true;
      at += 1;
    }
  }
  return false;
}

describe('activities', () => {
  it('the library has the activities the planner suggests', () => {
    const ids = content.activities.map((a) => a.id);
    for (const id of [
      'welcome',
      'icebreaker',
      'connect-conversations',
      'spotlight',
      'data-walk',
      'networking-social',
      'break',
      'lunch',
      'norm-setting',
      'gallery-walk',
      'dot-voting',
      'small-group-goal-setting',
      'whole-group-goal-setting',
      'next-steps',
      'closing-reflection',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('connect conversations, the evening social and the data walk carry the tags the checks look for', () => {
    const byId = (id: string) => content.activities.find((a) => a.id === id)!;
    expect(byId('connect-conversations').tags).toContain('connect');
    expect(byId('networking-social').kind).toBe('networking');
    expect(byId('data-walk').tags).toContain('prework');
    expect(byId('break')).toMatchObject({ kind: 'break', minutes: 15 });
    expect(byId('lunch')).toMatchObject({ kind: 'meal', minutes: 60 });
  });
});

describe('stakeholder categories', () => {
  it('youth, families and funders are categories flagged to call out when empty', () => {
    for (const id of ['youth', 'families', 'funders']) {
      expect(content.categories.find((c) => c.id === id)?.callOutIfEmpty, id).toBe(true);
    }
  });

  it('the toolkit youth-serving organizations are suggested as examples', () => {
    const examples = content.categories.flatMap((c) => c.examples);
    for (const name of ['Boys and Girls Clubs', 'Big Brothers Big Sisters', '4-H', 'YMCA', 'Camp Fire', 'Girls Inc.']) {
      expect(examples).toContain(name);
    }
  });

  it('some categories are marked as usual co-conveners and "other" comes last', () => {
    expect(content.categories.filter((c) => c.coConvenerKind).map((c) => c.id)).toEqual(
      expect.arrayContaining(['district-leaders', 'local-government', 'community-orgs', 'funders']),
    );
    const last = [...content.categories].sort((a, b) => b.order - a.order)[0];
    expect(last?.id).toBe('other');
  });
});

describe('checklist', () => {
  it('the toolkit follow-up tips are after-event tasks, the media release comes before and the photos on the day', () => {
    const fromToolkit = content.checklist.filter((c) => c.fromToolkit);
    expect(fromToolkit.filter((c) => c.phase === 'after').map((c) => c.id).sort()).toEqual([
      'ask-meet-again',
      'feedback-survey',
      'schedule-next-meeting',
      'share-goals-next-steps',
      'share-photos',
    ]);
    expect(fromToolkit.filter((c) => c.phase === 'before').map((c) => [c.id, c.offsetDays])).toEqual([
      ['media-release', 7],
      ['document-event', 0],
    ]);
    expect(content.checklist.filter((c) => !c.fromToolkit).every((c) => c.phase === 'before')).toBe(true);
  });
});

describe('agenda checks', () => {
  it('there are exactly the seven agenda checks', () => {
    expect(content.checks.map((c) => c.id).sort()).toEqual(
      [
        'goal-unserved',
        'long-stretch',
        'no-connect',
        'no-networking',
        'prework-unused',
        'runs-over',
        'short-introductions',
      ].sort(),
    );
  });

  it('the long-stretch and short-introductions checks carry their thresholds and toolkit tips', () => {
    const byId = (id: string) => content.checks.find((c) => c.id === id)!;
    expect(byId('long-stretch')).toMatchObject({ tip: 'Build in breaks.', minutes: 120 });
    expect(byId('short-introductions')).toMatchObject({
      tip: 'Leave ample time for introductions at the beginning of your event.',
      minutes: 30,
    });
  });
});

describe('resources', () => {
  // A copy of the toolkit text travels with the tests (CI clones the repo alone); where the
  // source toolkit sits beside the repo, as on the build machine, the copy must still match it.
  const toolkitText = readFileSync(new URL('../fixtures/toolkit/goal-setting-events-toolkit.txt', import.meta.url), 'utf8');
  const source = new URL('../../../shared/toolkit/goal-setting-events-toolkit.txt', import.meta.url);

  it.runIf(existsSync(source))('checks against a copy equal to the source toolkit', () => {
    expect(toolkitText).toBe(readFileSync(source, 'utf8'));
  });
  const resources = loadResources();

  it('names only what the toolkit names, with who made it as the toolkit says', () => {
    const named = resources.filter((r) => r.group !== 'help');
    expect(named.filter((r) => !toolkitText.includes(r.name)).map((r) => r.name)).toEqual([]);
    expect(named.filter((r) => r.by && !toolkitText.includes(r.by)).map((r) => r.by)).toEqual([]);
    // The offers of help are the Support Hub's list of what it can help with.
    expect(resources.filter((r) => r.group === 'help').map((r) => r.by)).toEqual(Array(4).fill('NPSS Support Hub'));
  });

  it('covers every design resource, website and NPSS resource the toolkit lists', () => {
    expect(resources.map((r) => r.group).filter((g, i, all) => all.indexOf(g) === i)).toEqual([
      'activities',
      'websites',
      'npss',
      'funding',
      'help',
    ]);
    expect(resources.filter((r) => r.group === 'websites').map((r) => r.name)).toEqual([
      'Collaboration King',
      'National Coalition for Dialogue and Collaboration',
      'SessionLab',
      'Seeds for Change',
    ]);
    expect(resources.filter((r) => r.group === 'npss').length).toBe(7);
  });
});

describe('Spanish for the participant sheets', () => {
  const labels = loadSheetLabels();
  const questions = content.goals.flatMap((g) => g.guidance.questions);

  it('every goal title and every discussion question has its Spanish text, and none is the English left as it was', () => {
    expect(content.goals.map((g) => g.titleEs)).toEqual([
      'Construir relaciones y lazos entre todos los sectores de la comunidad',
      'Ponernos de acuerdo sobre lo que necesitan los estudiantes y la comunidad',
      'Reconocer los recursos de la comunidad y las nuevas oportunidades de colaborar',
      'Fijar metas preliminares',
      'Trazar un plan general',
    ]);
    expect(questions).toHaveLength(10);
    for (const q of questions) expect(q.textEs, q.id).not.toBe(q.text);
    for (const g of content.goals) expect(g.titleEs, g.id).not.toBe(g.title);
  });

  it('every asset kind has a Spanish label and one Spanish example for each example', () => {
    const kinds = content.goals.flatMap((g) => g.guidance.assetKinds);
    expect(kinds).toHaveLength(14);
    for (const kind of kinds) {
      expect(kind.labelEs, kind.id).not.toBe(kind.label);
      expect(kind.examplesEs, kind.id).toHaveLength(kind.examples.length);
    }
    expect(kinds.find((k) => k.id === 'philanthropy')?.examplesEs).toEqual([
      'Fundaciones locales',
      'Fundaciones regionales',
      'Fundaciones nacionales',
    ]);
    const goal = readYaml('goals/identify-assets.yaml') as { guidance: { assetKinds: Record<string, unknown>[] } };
    const [first, ...rest] = goal.guidance.assetKinds;
    const short = { ...goal, guidance: { assetKinds: [{ ...first, examplesEs: [] }, ...rest] } };
    expect(() => validate(goalSchema, short, 'goals/identify-assets.yaml')).not.toThrow();
    const second = { ...rest[0], examplesEs: ['Solo uno'] };
    const missing = { ...goal, guidance: { assetKinds: [first, second, ...rest.slice(1)] } };
    expect(() => validate(goalSchema, missing, 'goals/identify-assets.yaml')).toThrow(
      /guidance\.assetKinds\.1\.examplesEs: give one Spanish example \(examplesEs\) for each example/,
    );
  });

  it('a goal or a question without its Spanish text fails the schema, naming the missing field', () => {
    const goal = readYaml('goals/align-needs.yaml') as Record<string, unknown>;
    const { titleEs: _title, ...untitled } = goal;
    expect(() => validate(goalSchema, untitled, 'goals/align-needs.yaml')).toThrow(/titleEs: Required/);
    const guidance = goal.guidance as { questions: Record<string, unknown>[] };
    const { textEs: _text, ...question } = guidance.questions[0]!;
    const oneMissing = { ...goal, guidance: { ...guidance, questions: [question] } };
    expect(() => validate(goalSchema, oneMissing, 'goals/align-needs.yaml')).toThrow(
      /guidance\.questions\.0\.textEs: Required/,
    );
  });

  it('the sheet labels have every key in both languages, with the Spanish different wherever it is words', () => {
    expect(Object.keys(labels.es).sort()).toEqual(Object.keys(labels.en).sort());
    expect(labels.en.locale).toBe('en-US');
    expect(labels.es.locale).toBe('es-US');
    const same = Object.keys(labels.en).filter(
      (key) => labels.en[key as keyof typeof labels.en] === labels.es[key as keyof typeof labels.es],
    );
    expect(same).toEqual([]);
  });

  it('every kind of data to bring has its label and why it matters in Spanish, and none is the English left as it was', () => {
    const data = content.goals.flatMap((g) => g.guidance.dataToBring);
    expect(data).toHaveLength(5);
    for (const item of data) {
      expect(item.labelEs, item.id).not.toBe(item.label);
      expect(item.helpEs, item.id).not.toBe(item.help);
    }
    expect(data.find((d) => d.id === 'attendance')).toMatchObject({
      labelEs: 'Datos de asistencia, incluidas las faltas frecuentes a clase (el ausentismo crónico)',
      helpEs: 'Dejan ver qué estudiantes faltan tanto a la escuela que su avance corre peligro.',
    });
  });

  it('a kind of data to bring without its Spanish label or reason fails the schema, naming the missing field', () => {
    const goal = readYaml('goals/align-needs.yaml') as Record<string, unknown>;
    const guidance = goal.guidance as { dataToBring: Record<string, unknown>[] };
    const [first, second, ...rest] = guidance.dataToBring;
    const { helpEs: _why, ...noWhy } = second!;
    const withoutWhy = { ...goal, guidance: { ...guidance, dataToBring: [first, noWhy, ...rest] } };
    expect(() => validate(goalSchema, withoutWhy, 'goals/align-needs.yaml')).toThrow(
      /guidance\.dataToBring\.1\.helpEs: Required/,
    );
    const { labelEs: _label, ...noLabel } = first!;
    const withoutLabel = { ...goal, guidance: { ...guidance, dataToBring: [noLabel, second, ...rest] } };
    expect(() => validate(goalSchema, withoutLabel, 'goals/align-needs.yaml')).toThrow(
      /guidance\.dataToBring\.0\.labelEs: Required/,
    );
  });

  it('the English pre-work words are those of the downloaded packet (PREWORK_TEXT)', () => {
    expect(labels.en.preworkTitle).toBe('Pre-work packet');
    expect(labels.en.preworkIntro).toBe(PREWORK_TEXT.intro);
    expect(labels.en.whyItMatters).toBe(PREWORK_TEXT.whyLabel);
    expect(labels.en.preworkQuestionsHeading).toBe(PREWORK_TEXT.questionsHeading);
    expect(labels.en.preworkSource).toBe(PREWORK_TEXT.source);
  });

  it('a label missing from the Spanish set fails the schema', () => {
    const { signature: _signature, ...rest } = labels.es;
    expect(() => validate(sheetLabelsSchema, rest, 'sheet-labels.yaml es')).toThrow(/signature: Required/);
  });
});
