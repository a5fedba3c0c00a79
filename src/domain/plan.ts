/**
 * The plan: everything a convener enters, in one typed, validated value. Whatever is read back
 * (storage, plan files) goes through `restore()` in ./restore.ts, never straight into a store.
 */
// zod's "mini" build: the plan schema ships to the browser, and mini costs a fraction of full zod.
import { z } from 'zod/v4/mini';
import { isRealDate } from './dates';

// The pages run under a CSP without 'unsafe-eval'; zod's JIT would try `new Function` and
// trip a violation report, so validation runs without it (plans are small; speed is fine).
z.config({ jitless: true });

/** Kinds of agenda item; the same list as `itemKindSchema` in ./content-schemas.ts. */
export const ITEM_KINDS = ['session', 'break', 'meal', 'networking'] as const;
/** Item tags; the same list as `itemTagSchema` in ./content-schemas.ts. */
export const ITEM_TAGS = ['introductions', 'connect', 'prework', 'icebreaker', 'welcome', 'closing'] as const;
const itemKindSchema = z.enum(ITEM_KINDS);
const itemTagSchema = z.enum(ITEM_TAGS);

/** The schema version written by this build. Bump it and add a migration in ./migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 2;

const text = (max: number) => z.string().check(z.maxLength(max));
const id64 = z.string().check(z.maxLength(64));
const list = <T extends z.core.$ZodType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
/** Calendar date as `YYYY-MM-DD` (wall date at the venue, a real date), or empty while not chosen. */
export const isoDateSchema = z
  .string()
  .check(z.refine((text) => text === '' || isRealDate(text), { message: 'not a real date (YYYY-MM-DD)' }));
/** Wall-clock time at the venue, 24-hour `HH:mm`. */
export const timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** Ids made by the app: letters, digits, `-` and `_`. */
export const entityIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** One agenda row. Times are not stored: they follow from the day's start and the minutes. */
export const agendaItemSchema = z.object({
  id: entityIdSchema,
  title: text(300),
  kind: itemKindSchema,
  minutes: z.int().check(z.minimum(1), z.maximum(720)),
  /** Goal ids this item serves. */
  goals: list(id64, 20),
  /** What the item does for the toolkit's checks (introductions, connect ...). */
  tags: list(itemTagSchema, 10),
  /** Who leads it. */
  lead: text(200),
  /** Facilitator notes. */
  notes: text(10000),
  materials: list(text(500), 50),
  prompts: list(text(1000), 50),
  /** Purpose line for the handout. */
  purpose: text(1000),
  /** Facilitator steps for the handout. */
  steps: list(text(1000), 50),
});

/** One day of the event. */
export const eventDaySchema = z.object({
  id: entityIdSchema,
  /** The day's date at the venue. */
  date: isoDateSchema,
  /** Planned start, venue time. */
  start: timeSchema,
  /** Planned end, venue time; the agenda warns when the items run past it. */
  end: timeSchema,
  /** The day's agenda, in order; each item's times follow from `start` and the minutes before it. */
  items: list(agendaItemSchema, 500),
});

/** Event basics from the start page. */
export const eventSchema = z.object({
  title: text(200),
  convener: text(200),
  /** Co-conveners, one organisation or person per entry. */
  coConveners: list(text(200), 20),
  venue: text(300),
  /** IANA time zone of the venue, e.g. America/Chicago. */
  timeZone: text(64),
  /** How many people the convener wants in the room; null when not set. */
  targetGroupSize: z.nullable(z.int().check(z.minimum(1), z.maximum(100000))),
  /** Whether participants get pre-work before the event. */
  preWork: z.boolean(),
});

/** A goal the convener wrote themselves; counts toward the 2–4 limit like the toolkit's. */
export const customGoalSchema = z.object({
  id: entityIdSchema,
  title: text(200),
  description: text(1000),
});

/** Goals step: chosen goals in priority order, plus the guidance the convener filled in. */
export const goalsSchema = z.object({
  /** Chosen goal ids (toolkit ids or custom goal ids) in the convener's priority order. */
  selected: list(id64, 20),
  custom: list(customGoalSchema, 20),
  /** Chosen student-support focus area ids. */
  focusAreas: list(id64, 10),
  /** Ids of the data items the convener will bring or send as pre-work. */
  dataToBring: list(id64, 50),
  /** Ids of the discussion questions chosen. */
  questions: list(id64, 100),
  /** Asset worksheet: asset kind id → what the group already knows. */
  assetNotes: z.record(id64, text(5000)),
  /** The group's starting goals, drafted before the event. */
  draftGoals: text(10000),
  /** Ids of plan elements to cover in the closing session. */
  planElements: list(id64, 50),
});

export const inviteeStatusSchema = z.enum(['to-invite', 'invited', 'accepted', 'tentative', 'declined']);
export const inviteeRoleInPlanningSchema = z.enum(['none', 'co-convener', 'committee']);

/** A person on the invitee list. */
export const inviteeSchema = z.object({
  id: entityIdSchema,
  name: text(200),
  organization: text(200),
  role: text(200),
  email: text(254),
  /** Stakeholder category id from content/stakeholder-categories.yaml. */
  category: id64,
  status: inviteeStatusSchema,
  /** Whether they co-convene or sit on the organizing committee. */
  planningRole: inviteeRoleInPlanningSchema,
  mediaRelease: z.boolean(),
  notes: text(5000),
});

/** A follow-up or pre-event task with a due date relative to the event. */
export const checklistItemSchema = z.object({
  id: entityIdSchema,
  /** Template id when it came from content/checklist.yaml; empty for the convener's own. */
  templateId: id64,
  title: text(300),
  detail: text(2000),
  phase: z.enum(['before', 'after']),
  offsetDays: z.int().check(z.minimum(0), z.maximum(365)),
  owner: text(200),
  done: z.boolean(),
});

export const planSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Random id; calendar UIDs derive from it so a re-import updates instead of duplicating. */
  id: entityIdSchema,
  createdAt: text(40),
  event: eventSchema,
  /** One or two event days, each with its own agenda items (schema version 2 on). */
  days: z.array(eventDaySchema).check(z.minLength(1), z.maxLength(2)),
  goals: goalsSchema,
  invitees: list(inviteeSchema, 20000),
  checklist: list(checklistItemSchema, 500),
});

export type EventDay = z.infer<typeof eventDaySchema>;
export type EventBasics = z.infer<typeof eventSchema>;
export type CustomGoal = z.infer<typeof customGoalSchema>;
export type Goals = z.infer<typeof goalsSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type InviteeStatus = z.infer<typeof inviteeStatusSchema>;
export type Invitee = z.infer<typeof inviteeSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Plan = z.infer<typeof planSchema>;

/** A random id; `crypto.randomUUID` exists in every browser we support and in Node 20. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The browser's IANA time zone, or UTC where the runtime cannot say. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A new, empty plan: one day, 09:00–16:00, no goals, no items, no people. */
export function createPlan(options: { now?: Date; timeZone?: string } = {}): Plan {
  const now = options.now ?? new Date();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    createdAt: now.toISOString(),
    event: {
      title: '',
      convener: '',
      coConveners: [],
      venue: '',
      timeZone: options.timeZone ?? defaultTimeZone(),
      targetGroupSize: null,
      preWork: false,
    },
    days: [{ id: newId(), date: '', start: '09:00', end: '16:00', items: [] }],
    goals: {
      selected: [],
      custom: [],
      focusAreas: [],
      dataToBring: [],
      questions: [],
      assetNotes: {},
      draftGoals: '',
      planElements: [],
    },
    invitees: [],
    checklist: [],
  };
}
