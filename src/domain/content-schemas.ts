/**
 * Schemas for the toolkit content in `content/`. The same schemas validate the YAML at build
 * time (Astro content collections) and in unit tests, so a broken content edit fails both.
 */
import { z } from 'zod';

/** Stable identifiers: lower-case words joined by hyphens, used in saved plans. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case-words');

/** A labelled option that a convener can tick (data to bring, plan elements, ...). */
export const optionSchema = z.object({
  /** Stable id stored in the plan when the option is ticked. */
  id: idSchema,
  /** Short text shown next to the checkbox. */
  label: z.string().min(1),
  /** Optional one-sentence help in our own words. */
  help: z.string().optional(),
});

/**
 * A kind of data to bring or send as pre-work. The pre-work packet is printed for participants,
 * also in Spanish (`?lang=es`), so each item says why it matters and has both texts in natural
 * Spanish (required: a missing translation fails the build and the content test).
 */
export const dataOptionSchema = optionSchema.extend({
  /** The label in natural Spanish, for the pre-work packet printed `?lang=es`. */
  labelEs: z.string().min(1),
  /** Why it matters, in our words (the pre-work packet prints it under the label). */
  help: z.string().min(1),
  /** Why it matters, in natural Spanish. */
  helpEs: z.string().min(1),
});

/** One of the toolkit's five student-support focus areas (NPSS roles). */
export const focusAreaSchema = z.object({
  id: idSchema,
  /** Name as the toolkit gives it, e.g. "Student Success Coaching". */
  name: z.string().min(1),
  /** What the role does, in our words. */
  description: z.string().min(1),
  /** Position in lists. */
  order: z.number().int(),
});

/** A discussion question; `focusAreas` empty means it applies whatever the focus. */
export const questionSchema = z.object({
  id: idSchema,
  text: z.string().min(1),
  /** The question in natural Spanish, for the participant sheets printed `?lang=es` (required). */
  textEs: z.string().min(1),
  /** Focus areas (ids) the question belongs to, from the district toolkit's grouping. */
  focusAreas: z.array(idSchema).default([]),
  /** Where the question comes from: 'events-toolkit' or 'district-toolkit'. */
  source: z.enum(['events-toolkit', 'district-toolkit']),
});

/** A kind of community asset or source of support for the asset worksheet. */
export const assetKindSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    /** The label in natural Spanish, for the asset worksheet printed `?lang=es` (required). */
    labelEs: z.string().min(1),
    /** Examples named by the toolkit, e.g. Boys and Girls Clubs. */
    examples: z.array(z.string()).default([]),
    /** The examples in Spanish, one for each (names of organisations stay as they are). */
    examplesEs: z.array(z.string().min(1)),
    /** 'asset' (people, places, infrastructure) or 'support' (funding and other support). */
    group: z.enum(['asset', 'support']),
  })
  .refine((kind) => kind.examplesEs.length === kind.examples.length, {
    message: 'give one Spanish example (examplesEs) for each example',
    path: ['examplesEs'],
  });

/** One of the toolkit's five potential event goals, with its guidance. */
export const goalSchema = z.object({
  id: idSchema,
  /** Position in the toolkit's list. */
  order: z.number().int(),
  /** Title as the toolkit names it. */
  title: z.string().min(1),
  /** The title in natural Spanish, for the participant agenda printed `?lang=es` (required). */
  titleEs: z.string().min(1),
  /** Short title for chips and table cells. */
  shortTitle: z.string().min(1),
  /** Two or three sentences in our words: what the goal is and why it matters. */
  summary: z.string().min(1),
  guidance: z.object({
    /** Data to bring to the room or send as pre-work (align on needs). */
    dataToBring: z.array(dataOptionSchema).default([]),
    /** Discussion questions to pick from (align on needs). */
    questions: z.array(questionSchema).default([]),
    /** Asset kinds and sources of support for the worksheet (identify assets). */
    assetKinds: z.array(assetKindSchema).default([]),
    /** Examples of measurable goal statements (set preliminary goals). */
    exampleGoals: z.array(z.object({ id: idSchema, text: z.string().min(1), source: z.string() })).default([]),
    /** Plan elements to check off in the closing session (high-level plan). */
    planElements: z.array(optionSchema).default([]),
    /** Community-building ideas (build relationships). */
    ideas: z.array(optionSchema).default([]),
  }),
});

export const itemKindSchema = z.enum(['session', 'break', 'meal', 'networking']);

/**
 * Tags mark what an agenda item does for the toolkit's checks: an item tagged `introductions`
 * counts as introduction time, `connect` as connect conversations, `prework` as using pre-work.
 */
export const itemTagSchema = z.enum(['introductions', 'connect', 'prework', 'icebreaker', 'welcome', 'closing']);

/** An agenda item as it appears in a template or the activities library. */
export const templateItemSchema = z.object({
  /** Title as the toolkit gives it. */
  title: z.string().min(1),
  kind: itemKindSchema,
  /** Default length in minutes. */
  minutes: z.number().int().min(5).max(600),
  /** Why this default length: one sentence for the convener. */
  minutesWhy: z.string().min(1),
  /** Goal ids the item serves by default. */
  goals: z.array(idSchema).default([]),
  tags: z.array(itemTagSchema).default([]),
  /** Facilitator notes in our words. */
  notes: z.string().default(''),
  materials: z.array(z.string()).default([]),
  prompts: z.array(z.string()).default([]),
  /** Purpose line for the facilitator handout. */
  purpose: z.string().default(''),
  /** Steps for the facilitator handout. */
  steps: z.array(z.string()).default([]),
});

/** A sample agenda: the toolkit's two-day agenda or our one-day version of it. */
export const agendaTemplateSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  days: z
    .array(
      z.object({
        /** Suggested start and end, 24-hour HH:mm. */
        start: z.string().regex(/^\d{2}:\d{2}$/),
        end: z.string().regex(/^\d{2}:\d{2}$/),
        items: z.array(templateItemSchema).min(1),
      }),
    )
    .min(1)
    .max(2),
});

/** An activity from the library that can be added to any day. */
export const activitySchema = templateItemSchema.extend({
  id: idSchema,
  /** One-line description for the picker. */
  description: z.string().min(1),
});

/** A stakeholder category with examples of whom to consider inviting. */
export const stakeholderCategorySchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  order: z.number().int(),
  /** Examples of organisations or people, mostly named in the toolkit's lists. */
  examples: z.array(z.string()).default([]),
  /** Why this group belongs in the room, in our words. */
  why: z.string().min(1),
  /** The coverage view calls out an empty category with this flag (youth, families, funders). */
  callOutIfEmpty: z.boolean().default(false),
  /** Kinds of organisation that often co-convene (district, mayor's office ...). */
  coConvenerKind: z.boolean().default(false),
});

/** A checklist task template with a due date relative to the event. */
export const checklistTemplateSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  /** Explanation in our words. */
  detail: z.string().default(''),
  /** 'before' tasks are due before day 1; 'after' tasks after the last day. */
  phase: z.enum(['before', 'after']),
  /** Days before the first day (phase before) or after the last day (phase after). */
  offsetDays: z.number().int().min(0).max(365),
  /** Default owner role, e.g. "Convener". */
  owner: z.string().default('Convener'),
  /** From the toolkit's follow-up tips (true) or a pre-event task we add (false). */
  fromToolkit: z.boolean(),
});

/** One of the toolkit's agenda tips, turned into a named check with its thresholds. */
export const agendaCheckSchema = z.object({
  id: z.enum([
    'long-stretch',
    'short-introductions',
    'no-networking',
    'no-connect',
    'goal-unserved',
    'runs-over',
    'prework-unused',
  ]),
  /** The tip as the toolkit words it. */
  tip: z.string().min(1),
  /** Why it matters, in our words, shown with the warning. */
  why: z.string().min(1),
  /** Threshold in minutes where the check uses one (max stretch, min introductions). */
  minutes: z.number().int().positive().optional(),
  /** Introductions only: how far into day 1 they may start and still count as at the beginning. */
  startWithin: z.number().int().positive().optional(),
});

/** A resource or offer of help the toolkit points to, for the Resources page. */
export const resourceSchema = z.object({
  id: idSchema,
  /** Section of the page: activity design, websites, NPSS resources, funding, offers of help. */
  group: z.enum(['activities', 'websites', 'npss', 'funding', 'help']),
  /** Name as the toolkit gives it. */
  name: z.string().min(1),
  /** Who made or offers it, as the toolkit says; empty when it does not say. */
  by: z.string().default(''),
  /** What it is for, in our words; empty when the toolkit names it without saying. */
  about: z.string().default(''),
});

/**
 * The fixed words on the participant sheets (headings, column names, small phrases), one set
 * per language in `content/sheet-labels.yaml`. Every key is required in every language, so a
 * label left untranslated fails the build and the content test. `{name}` marks a value put in.
 */
export const sheetLabelsSchema = z.object({
  /** The language's BCP 47 tag for the sheet's `lang` attribute: `en`, `es`. */
  lang: z.string().regex(/^[a-z]{2}$/),
  /** The locale Intl formats dates and times with: `en-US`, `es-US`. */
  locale: z.string().min(2),
  /** Page titles (the small heading above the event). */
  agendaTitle: z.string().min(1),
  signInTitle: z.string().min(1),
  questionsTitle: z.string().min(1),
  worksheetTitle: z.string().min(1),
  /** `Convened by {convener}` and `Convened by {convener} with {others}`. */
  convenedBy: z.string().includes('{convener}'),
  convenedWith: z.string().includes('{others}'),
  /** `All times are local to the venue ({zone}).`, and the sentence when no zone is set. */
  venueTimes: z.string().includes('{zone}'),
  venueTimesNoZone: z.string().min(1),
  /** `Day {n}` */
  day: z.string().includes('{n}'),
  /** `(+{n} day)` after a time that falls on the next day. */
  nextDay: z.string().includes('{n}'),
  goalsHeading: z.string().min(1),
  time: z.string().min(1),
  item: z.string().min(1),
  name: z.string().min(1),
  organization: z.string().min(1),
  email: z.string().min(1),
  mediaRelease: z.string().min(1),
  signature: z.string().min(1),
  /** The media-release cell when the release is already signed. */
  onFile: z.string().min(1),
  /** The media-release cell to tick by hand. */
  yesNo: z.string().min(1),
  /** The asset worksheet's two tables and their columns. */
  assetsHeading: z.string().min(1),
  supportHeading: z.string().min(1),
  kind: z.string().min(1),
  knownAlready: z.string().min(1),
  addedInRoom: z.string().min(1),
  /** Before a list of examples: `e.g.` */
  forExample: z.string().min(1),
  /**
   * The pre-work packet: its page title, opening paragraph, the label before each reason, the
   * questions' heading and the note on where the list comes from. In English the last four are
   * the words of PREWORK_TEXT (src/export/sheet-documents.ts), which the downloaded packet uses.
   */
  preworkTitle: z.string().min(1),
  preworkIntro: z.string().min(1),
  whyItMatters: z.string().min(1),
  preworkQuestionsHeading: z.string().min(1),
  preworkSource: z.string().min(1),
});

export type SheetLabels = z.infer<typeof sheetLabelsSchema>;
export type DataOption = z.infer<typeof dataOptionSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Question = z.infer<typeof questionSchema>;
export type AssetKind = z.infer<typeof assetKindSchema>;
export type GoalContent = z.infer<typeof goalSchema>;
export type ItemKind = z.infer<typeof itemKindSchema>;
export type ItemTag = z.infer<typeof itemTagSchema>;
export type TemplateItem = z.infer<typeof templateItemSchema>;
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type StakeholderCategory = z.infer<typeof stakeholderCategorySchema>;
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;
export type AgendaCheckContent = z.infer<typeof agendaCheckSchema>;
export type Resource = z.infer<typeof resourceSchema>;

/**
 * A message text to send people (content/messages.yaml): one per kind and language. `{name}`,
 * `{event}`, `{dates}`, `{venue}`, `{goals}`, `{rsvpBy}`, `{contact}` and `{convener}` are filled
 * from the plan; a line whose placeholder has nothing to fill is left out.
 */
export const messageTemplateSchema = z.object({
  /** `kind-lang`, e.g. `invitation-es`. */
  id: idSchema,
  kind: z.enum(['invitation', 'reminder', 'prework', 'thanks']),
  lang: z.enum(['en', 'es']),
  subject: z.string().min(1),
  body: z.string().min(1),
});
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;
