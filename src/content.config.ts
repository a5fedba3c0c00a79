/** Content collections over the top-level content/ folder, validated by the domain's schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
} from './domain/content-schemas';

export const collections = {
  goals: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/goals' }), schema: goalSchema }),
  agendaTemplates: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/agenda-templates' }),
    schema: agendaTemplateSchema,
  }),
  focusAreas: defineCollection({ loader: file('content/focus-areas.yaml'), schema: focusAreaSchema }),
  activities: defineCollection({ loader: file('content/activities.yaml'), schema: activitySchema }),
  stakeholderCategories: defineCollection({
    loader: file('content/stakeholder-categories.yaml'),
    schema: stakeholderCategorySchema,
  }),
  checklist: defineCollection({ loader: file('content/checklist.yaml'), schema: checklistTemplateSchema }),
  agendaChecks: defineCollection({ loader: file('content/agenda-checks.yaml'), schema: agendaCheckSchema }),
  resources: defineCollection({ loader: file('content/resources.yaml'), schema: resourceSchema }),
  /** Keyed by language (`en`, `es`): the fixed words on the participant sheets. */
  sheetLabels: defineCollection({ loader: file('content/sheet-labels.yaml'), schema: sheetLabelsSchema }),
  messages: defineCollection({ loader: file('content/messages.yaml'), schema: messageTemplateSchema }),
};
