/** Reads the content collections into one `Toolkit` value at build time (Astro only). */
import { getCollection } from 'astro:content';
import type { Resource } from '../domain/content-schemas';
import type { SheetLabelSet } from '../domain/sheet-language';
import { assembleToolkit, type Toolkit } from '../domain/toolkit';

export async function loadToolkit(): Promise<Toolkit> {
  const [goals, focusAreas, templates, activities, categories, checklist, checks] = await Promise.all([
    getCollection('goals'),
    getCollection('focusAreas'),
    getCollection('agendaTemplates'),
    getCollection('activities'),
    getCollection('stakeholderCategories'),
    getCollection('checklist'),
    getCollection('agendaChecks'),
  ]);
  return assembleToolkit({
    goals: goals.map((e) => e.data),
    focusAreas: focusAreas.map((e) => e.data),
    templates: templates.map((e) => e.data),
    activities: activities.map((e) => e.data),
    categories: categories.map((e) => e.data),
    checklist: checklist.map((e) => e.data),
    checks: checks.map((e) => e.data),
  });
}

/** The resources and offers of help the toolkit points to, in file order (Resources page only). */
export async function loadResources(): Promise<Resource[]> {
  return (await getCollection('resources')).map((e) => e.data);
}

/** The participant sheets' labels in every language (print pages pass them to their island). */
export async function loadSheetLabels(): Promise<SheetLabelSet> {
  const entries = await getCollection('sheetLabels');
  const get = (lang: keyof SheetLabelSet) => {
    const entry = entries.find((e) => e.id === lang);
    if (!entry) throw new Error(`content/sheet-labels.yaml has no "${lang}" labels`);
    return entry.data;
  };
  return { en: get('en'), es: get('es') };
}
