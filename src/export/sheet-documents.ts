/**
 * The sheets that are downloaded as .docx and Markdown besides the agenda: the facilitator
 * handouts, the asset worksheet and the pre-work packet. Each is built once as blocks; the print
 * pages show the same parts under the same headings (INSERT_HEADINGS, PREWORK_TEXT).
 */
import type { GoalContent } from '../domain/content-schemas';
import type { Plan } from '../domain/plan';
import { fail, ok, type Result } from '../domain/result';
import { venueTimesNote } from '../domain/venue-times';
import { convenedBy, eventDates, sessionRows, type AgendaView } from './agenda-view';
import type { DocBlock } from './doc-blocks';
import { goalInputs, handoutInserts, type HandoutInserts, type TickedOption } from './goal-inputs';
import { worksheetRows, type WorksheetRow } from './print-data';

/** Headings of what a handout adds from the Goals page, the same on paper and in files. */
export const INSERT_HEADINGS = {
  eventGoals: 'The convening’s goals',
  data: 'Data to look at together',
  questions: 'Discussion questions chosen for this event',
  draftGoals: 'Draft starting goals',
  planElements: 'Plan elements to cover',
} as const;

/** The pre-work packet's own words. */
export const PREWORK_TEXT = {
  title: 'Pre-work: what to look at before we meet',
  intro:
    'Please look through these before the convening. When everyone arrives having seen the same facts about our students, the time together goes into deciding what to do rather than into explaining the numbers.',
  whyLabel: 'Why it matters',
  questionsHeading: 'Questions to think about',
  source:
    'The list of data is based on the National Partnership for Student Success’s planning toolkit for collaborative goal-setting events and its district partnership toolkit; the reasons are the planner’s own words.',
  empty: 'No data to bring is ticked yet.',
} as const;

/** `label: why`, or the label alone. */
export const optionLine = (option: TickedOption) => (option.why ? `${option.label}: ${option.why}` : option.label);

/** The event's name, conveners, dates and venue as the opening paragraphs of a document. */
function eventBlocks(plan: Plan, view: AgendaView): DocBlock[] {
  const lines = [convenedBy(view), [eventDates(plan), view.venue].filter(Boolean).join(' · ')].filter(Boolean);
  return lines.map((text) => ({ kind: 'paragraph', text }));
}

function section(heading: string, blocks: DocBlock[]): DocBlock[] {
  return blocks.length ? [{ kind: 'heading', level: 2, text: heading }, ...blocks] : [];
}

const list = (items: string[], ordered = false): DocBlock[] => (items.length ? [{ kind: 'list', items, ordered }] : []);

/** What a handout adds from the Goals page, in the order the print page shows it. */
export function insertBlocks(inserts: HandoutInserts): DocBlock[] {
  return [
    ...section(INSERT_HEADINGS.eventGoals, list(inserts.eventGoals, true)),
    ...section(INSERT_HEADINGS.data, list(inserts.data.map(optionLine))),
    ...section(INSERT_HEADINGS.questions, list(inserts.questions.map((q) => q.text))),
    ...section(INSERT_HEADINGS.draftGoals, list(inserts.draftGoals)),
    ...section(INSERT_HEADINGS.planElements, list(inserts.planElements.map(optionLine))),
  ];
}

/** The inserts of each session of the view, from the plan's Goals page. */
export function viewInserts(plan: Plan, view: AgendaView, toolkitGoals: readonly GoalContent[]) {
  return handoutInserts(
    sessionRows(view).map(({ row }) => row),
    goalInputs(plan.goals, toolkitGoals),
  );
}

/** One handout per session, each from a new page; fails while the agenda has no session. */
export function handoutBlocks(plan: Plan, view: AgendaView, toolkitGoals: readonly GoalContent[]): Result<DocBlock[]> {
  const sessions = sessionRows(view);
  if (sessions.length === 0) return fail('The agenda has no sessions yet.');
  const inserts = viewInserts(plan, view, toolkitGoals);
  const blocks: DocBlock[] = [
    { kind: 'title', text: `${view.title} — facilitator handouts` },
    ...eventBlocks(plan, view),
    { kind: 'paragraph', text: venueTimesNote(view.timeZone) },
  ];
  sessions.forEach(({ day, row }, index) => {
    const timing = `${day.heading} · ${row.start} – ${row.end} (${row.duration})${row.lead ? ` · Lead: ${row.lead}` : ''}`;
    blocks.push(
      { kind: 'heading', level: 1, text: row.title, pageBreak: index > 0 },
      { kind: 'paragraph', text: timing },
      ...section('Purpose', row.purpose ? [{ kind: 'paragraph', text: row.purpose }] : []),
      ...section('Goals served', list(row.goals)),
      ...insertBlocks(inserts.get(row.id)!),
      ...section('Steps', list(row.steps, true)),
      ...section('Materials', list(row.materials)),
      ...section('Discussion prompts', list(row.prompts)),
      ...section('Facilitator notes', row.notes ? [{ kind: 'paragraph', text: row.notes }] : []),
      { kind: 'heading', level: 2, text: 'What we heard' },
      { kind: 'lines', count: 4 },
    );
  });
  return ok(blocks);
}

const worksheetTable = (rows: WorksheetRow[]): DocBlock => ({
  kind: 'table',
  head: ['Kind', 'What we know already', 'Added in the room'],
  widths: [35, 40, 25],
  rows: rows.map(({ kind, notes }) => [
    kind.examples.length ? `${kind.label}\n(e.g. ${kind.examples.join(', ')})` : kind.label,
    notes,
    '',
  ]),
});

/** The asset worksheet with the notes typed on the Goals page and room to add in the room. */
export function worksheetBlocks(plan: Plan, view: AgendaView, toolkitGoals: readonly GoalContent[]): DocBlock[] {
  const { assets, support } = worksheetRows(plan.goals, toolkitGoals);
  return [
    { kind: 'title', text: `${view.title} — asset worksheet` },
    ...eventBlocks(plan, view),
    { kind: 'heading', level: 1, text: 'Community assets' },
    worksheetTable(assets),
    { kind: 'heading', level: 1, text: 'Sources of support' },
    worksheetTable(support),
  ];
}

/** The pre-work packet: each ticked data item with why it matters; fails while none is ticked. */
export function preworkBlocks(plan: Plan, view: AgendaView, toolkitGoals: readonly GoalContent[]): Result<DocBlock[]> {
  const inputs = goalInputs(plan.goals, toolkitGoals);
  if (inputs.data.length === 0) return fail(`${PREWORK_TEXT.empty} Tick it on the Goals page.`);
  return ok([
    { kind: 'title', text: `${view.title} — ${PREWORK_TEXT.title}` },
    ...eventBlocks(plan, view),
    { kind: 'paragraph', text: PREWORK_TEXT.intro },
    ...inputs.data.flatMap((item): DocBlock[] => [
      { kind: 'heading', level: 2, text: item.label },
      ...(item.why ? [{ kind: 'paragraph', label: PREWORK_TEXT.whyLabel, text: item.why } as const] : []),
    ]),
    ...section(PREWORK_TEXT.questionsHeading, list(inputs.questions.map((q) => q.text))),
    { kind: 'paragraph', text: PREWORK_TEXT.source },
  ]);
}
