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
/** The schema version written by this build. Bump it and add a migration in ./migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 3;

/** Kinds of message the Messages page writes (version 3). */
export const MESSAGE_KINDS = ['invitation', 'reminder', 'prework', 'thanks'] as const;
/** Languages a message can be written in (version 3). */
export const MESSAGE_LANGUAGES = ['en', 'es'] as const;
/** Kinds of logistics and budget line (version 3). */
export const BUDGET_KINDS = [
  'room',
  'food',
  'interpretation',
  'childcare',
  'stipend',
  'materials',
  'printing',
  'other',
] as const;

/**
 * The plan's schemas, built in parts (one per `yield`) rather than when the script loads:
 * building them took about a third of the time to evaluate the shared script (a profile of the
 * print checklist), then 13–38 ms in one task of its own on the test machine, four times that on
 * a slow phone. In 14 parts, none takes over 3 ms (Node on the test machine); the first use of
 * each kind of zod schema is the slow step, so the pauses come after those. See
 * `buildNextSchemaPart()`.
 */
function* buildSchemas() {
  const itemKindSchema = z.enum(ITEM_KINDS);
  const itemTagSchema = z.enum(ITEM_TAGS);
  yield;

  // One schema per length limit, shared by every field with that limit (zod schemas are immutable).
  const texts = new Map<number, z.ZodMiniString<string>>();
  const text = (max: number) => {
    let schema = texts.get(max);
    if (!schema) texts.set(max, (schema = z.string().check(z.maxLength(max))));
    return schema;
  };
  const id64 = z.string().check(z.maxLength(64));
  const list = <T extends z.core.$ZodType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
  yield;
  /** Calendar date as `YYYY-MM-DD` (wall date at the venue, a real date), or empty while not chosen. */
  const isoDateSchema = z
    .string()
    .check(z.refine((text) => text === '' || isRealDate(text), { message: 'not a real date (YYYY-MM-DD)' }));
  /** Wall-clock time at the venue, 24-hour `HH:mm`. */
  const timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
  yield;
  /** Ids made by the app: letters, digits, `-` and `_`. */
  const entityIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

  yield;
  // The agenda item's parts, each first use of a kind of schema (whole numbers, lists, null),
  // between pauses: the first of each kind is the slow one.
  const minutesSchema = z.int().check(z.minimum(1), z.maximum(720));
  yield;
  const goalIdsSchema = list(id64, 20);
  const tagsSchema = list(itemTagSchema, 10);
  yield;
  const actualMinutesSchema = z.nullable(z.int().check(z.minimum(0), z.maximum(720)));
  yield;
  /** One agenda row. Times are not stored: they follow from the day's start and the minutes. */
  const agendaItemSchema = z.object({
    id: entityIdSchema,
    title: text(300),
    kind: itemKindSchema,
    minutes: minutesSchema,
    /** Goal ids this item serves. */
    goals: goalIdsSchema,
    /** What the item does for the toolkit's checks (introductions, connect ...). */
    tags: tagsSchema,
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
    /**
     * Minutes the item actually ran on the event day, when it differed from the plan (version 3):
     * null = as planned. Set by the live agenda ("+5 min", "Start next now"); 0 = skipped.
     */
    actualMinutes: actualMinutesSchema,
    /** What was heard in the session: notes taken on the day or typed afterwards (version 3). */
    heard: text(10000),
  });

  yield;
  /** One day of the event. */
  const eventDaySchema = z.object({
    id: entityIdSchema,
    /** The day's date at the venue. */
    date: isoDateSchema,
    /** Planned start, venue time. */
    start: timeSchema,
    /** Planned end, venue time; the agenda warns when the items run past it. */
    end: timeSchema,
    /** The day's agenda, in order; each item's times follow from `start` and the minutes before it. */
    items: list(agendaItemSchema, 500),
    /** When the day actually began at the venue (version 3); empty until the live agenda starts it. */
    actualStart: z.union([z.literal(''), timeSchema]),
  });

  /** Event basics from the start page. */
  const eventSchema = z.object({
    title: text(200),
    convener: text(200),
    venue: text(300),
    /** IANA time zone of the venue, e.g. America/Chicago. */
    timeZone: text(64),
    /** How many people the convener wants in the room; null when not set. */
    targetGroupSize: z.nullable(z.int().check(z.minimum(1), z.maximum(100000))),
    /** Whether participants get pre-work before the event. */
    preWork: z.boolean(),
    /** Answer invitations by this date (version 3); empty while not set. */
    rsvpBy: isoDateSchema,
    /** Who invitees contact with questions (version 3); each part may be empty. */
    contact: z.object({ name: text(200), email: text(254), phone: text(50) }),
  });

  /** Settings for what the planner prints and writes (version 3). */
  const preferencesSchema = z.object({
    /** Paper for print pages and .docx; 'auto' follows the venue's time zone (Americas → Letter). */
    paperSize: z.enum(['auto', 'letter', 'a4']),
  });

  yield;
  /** A goal the convener wrote themselves; counts toward the 2–4 limit like the toolkit's. */
  const customGoalSchema = z.object({
    id: entityIdSchema,
    title: text(200),
    description: text(1000),
  });

  /** Goals step: chosen goals in priority order, plus the guidance the convener filled in. */
  const goalsSchema = z.object({
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

  yield;
  /** What a person needs to take part (version 3); empty text / 0 / false = nothing asked for. */
  const inviteeNeedsSchema = z.object({
    /** Access needs (step-free route, captions, large print …). */
    access: text(1000),
    /** Dietary needs. */
    dietary: text(1000),
    /** Language they need interpretation into, e.g. "Spanish"; empty when none. */
    interpretation: text(100),
    /** Children who need childcare during the event. */
    childcare: z.int().check(z.minimum(0), z.maximum(20)),
    transport: z.boolean(),
    stipend: z.boolean(),
  });

  const inviteeStatusSchema = z.enum(['to-invite', 'invited', 'accepted', 'tentative', 'declined']);
  const inviteeRoleInPlanningSchema = z.enum(['none', 'co-convener', 'committee']);

  /** A person on the invitee list. */
  const inviteeSchema = z.object({
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
    /** When the invitation went out, when they answered, when last reminded (version 3; '' = not yet). */
    invitedOn: isoDateSchema,
    answeredOn: isoDateSchema,
    remindedOn: isoDateSchema,
    /** Language for messages and participant handouts (version 3); '' = the plan's default, English. */
    language: z.enum(['', 'en', 'es']),
    needs: inviteeNeedsSchema,
    /** Marked on or after the event day: they came (version 3). */
    attended: z.boolean(),
  });

  yield;
  /** A follow-up or pre-event task with a due date relative to the event. */
  const checklistItemSchema = z.object({
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

  /** A goal the group agreed at the event, in the measurable form: who, what, how many, by when (version 3). */
  const agreedGoalSchema = z.object({
    id: entityIdSchema,
    who: text(500),
    what: text(1000),
    howMany: text(200),
    byWhen: isoDateSchema,
    /** The event goal (toolkit or own goal id) it grew from; empty when none. */
    fromGoal: id64,
  });

  /** Someone's promise of what they will do next (version 3). */
  const commitmentSchema = z.object({
    id: entityIdSchema,
    organization: text(200),
    person: text(200),
    /** The invitee the person is, when picked from the list; empty when typed. */
    inviteeId: id64,
    what: text(1000),
    due: isoDateSchema,
  });

  /** An asset or opportunity the group confirmed (version 3). */
  const confirmedAssetSchema = z.object({
    id: entityIdSchema,
    /** Asset kind id from the toolkit's asset worksheet; empty for "other". */
    kind: id64,
    text: text(2000),
  });

  /** What came out of the event (version 3), captured during or after it. */
  const outcomesSchema = z.object({
    goalsAgreed: list(agreedGoalSchema, 50),
    commitments: list(commitmentSchema, 500),
    assetsConfirmed: list(confirmedAssetSchema, 200),
    nextMeeting: z.object({
      date: isoDateSchema,
      start: z.union([z.literal(''), timeSchema]),
      end: z.union([z.literal(''), timeSchema]),
      place: text(300),
    }),
    /** Words of thanks for the summary. */
    thanks: text(5000),
  });

  yield;
  /** A message text the convener edited (version 3); a kind and language without one uses the template. */
  const messageSchema = z.object({
    kind: z.enum(MESSAGE_KINDS),
    lang: z.enum(MESSAGE_LANGUAGES),
    subject: text(300),
    body: text(20000),
  });

  /** One line of the logistics list and budget (version 3). */
  const budgetLineSchema = z.object({
    id: entityIdSchema,
    kind: z.enum(BUDGET_KINDS),
    label: text(200),
    /** True: the quantity follows the expected headcount (or children, stipends …) for its kind. */
    auto: z.boolean(),
    /** The quantity when not automatic. */
    quantity: z.number().check(z.minimum(0), z.maximum(1000000)),
    /** Cost of one unit, in the plan's currency. */
    unitCost: z.number().check(z.minimum(0), z.maximum(10000000)),
    notes: text(1000),
  });

  /** Logistics and budget (version 3). */
  const logisticsSchema = z.object({
    /** ISO 4217 code of the currency the costs are in. */
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    /** Share of the people who answered "tentative" expected to come, in percent. */
    tentativeSharePercent: z.int().check(z.minimum(0), z.maximum(100)),
    lines: list(budgetLineSchema, 200),
  });

  yield;
  const planSchema = z.strictObject({
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
    /** Version 3 on: */
    preferences: preferencesSchema,
    outcomes: outcomesSchema,
    messages: list(messageSchema, 20),
    logistics: logisticsSchema,
  });
  return {
    isoDateSchema,
    timeSchema,
    entityIdSchema,
    agendaItemSchema,
    eventDaySchema,
    eventSchema,
    preferencesSchema,
    customGoalSchema,
    goalsSchema,
    inviteeNeedsSchema,
    inviteeStatusSchema,
    inviteeRoleInPlanningSchema,
    inviteeSchema,
    checklistItemSchema,
    agreedGoalSchema,
    commitmentSchema,
    confirmedAssetSchema,
    outcomesSchema,
    messageSchema,
    budgetLineSchema,
    logisticsSchema,
    planSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas> extends Generator<unknown, infer Built> ? Built : never;
let steps: ReturnType<typeof buildSchemas> | undefined;
let built: Schemas | undefined;

/**
 * Builds the next part of the schemas; false once they are all built. boot.ts calls it once per
 * task, so no task builds for long; `schemas()` builds whatever is left at once.
 */
export function buildNextSchemaPart(): boolean {
  if (built) return false;
  const step = (steps ??= buildSchemas()).next();
  if (step.done) built = step.value;
  return !built;
}

/** The plan schema and its parts (zod mini), built once, when first asked for. */
export function schemas(): Schemas {
  while (!built) buildNextSchemaPart();
  return built;
}

/** The whole plan's schema: `restore()` and saving check every plan against it. */
export const planSchema = () => schemas().planSchema;

export type EventDay = z.infer<Schemas['eventDaySchema']>;
export type EventBasics = z.infer<Schemas['eventSchema']>;
export type CustomGoal = z.infer<Schemas['customGoalSchema']>;
export type Goals = z.infer<Schemas['goalsSchema']>;
export type AgendaItem = z.infer<Schemas['agendaItemSchema']>;
export type InviteeStatus = z.infer<Schemas['inviteeStatusSchema']>;
export type Invitee = z.infer<Schemas['inviteeSchema']>;
export type ChecklistItem = z.infer<Schemas['checklistItemSchema']>;
export type InviteeNeeds = z.infer<Schemas['inviteeNeedsSchema']>;
export type Preferences = z.infer<Schemas['preferencesSchema']>;
export type AgreedGoal = z.infer<Schemas['agreedGoalSchema']>;
export type Commitment = z.infer<Schemas['commitmentSchema']>;
export type ConfirmedAsset = z.infer<Schemas['confirmedAssetSchema']>;
export type Outcomes = z.infer<Schemas['outcomesSchema']>;
export type Message = z.infer<Schemas['messageSchema']>;
export type BudgetLine = z.infer<Schemas['budgetLineSchema']>;
export type Logistics = z.infer<Schemas['logisticsSchema']>;
export type Plan = z.infer<Schemas['planSchema']>;

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
      venue: '',
      timeZone: options.timeZone ?? defaultTimeZone(),
      targetGroupSize: null,
      preWork: false,
      rsvpBy: '',
      contact: { name: '', email: '', phone: '' },
    },
    days: [{ id: newId(), date: '', start: '09:00', end: '16:00', items: [], actualStart: '' }],
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
    preferences: { paperSize: 'auto' },
    outcomes: emptyOutcomes(),
    messages: [],
    logistics: { currency: 'USD', tentativeSharePercent: 50, lines: [] },
  };
}

/** Outcomes before anything was captured. */
export function emptyOutcomes(): Outcomes {
  return {
    goalsAgreed: [],
    commitments: [],
    assetsConfirmed: [],
    nextMeeting: { date: '', start: '', end: '', place: '' },
    thanks: '',
  };
}
