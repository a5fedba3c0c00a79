/** Reads the content collections into one `Toolkit` value at build time (Astro only). */
import { getCollection } from 'astro:content';
import type { Toolkit } from '../domain/toolkit';

const byOrder = <T extends { order: number }>(a: T, b: T): number => a.order - b.order;

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
  return {
    goals: goals.map((e) => e.data).sort(byOrder),
    focusAreas: focusAreas.map((e) => e.data).sort(byOrder),
    templates: templates.map((e) => e.data),
    activities: activities.map((e) => e.data),
    categories: categories.map((e) => e.data).sort(byOrder),
    checklist: checklist.map((e) => e.data),
    checks: checks.map((e) => e.data),
  };
}
