/**
 * Builds each export file from the plan. Loaded by the export store with a dynamic import();
 * the heavy parts (docx, the `ics` package for the calendars, papaparse for the invitee CSV) are
 * imported only when their file is asked for, so the page itself ships none of them.
 */
import type { GoalContent, StakeholderCategory } from '../domain/content-schemas';
import { fileName } from '../domain/file-names';
import type { Plan } from '../domain/plan';
import { serializePlanFile } from '../domain/restore';
import { fail, ok, type Result } from '../domain/result';
import { resolvePaperSize, type PaperSize } from '../domain/paper-size';
import { agendaMarkdown } from './agenda-markdown';
import { buildAgendaView, type AgendaView } from './agenda-view';
import type { CalendarStamp } from './calendar';
import { checklistCsv, checklistMarkdown } from './checklist-files';
import { blocksToMarkdown, type DocBlock } from './doc-blocks';
import { handoutBlocks, preworkBlocks, worksheetBlocks } from './sheet-documents';
import { exportFile, type ExportFile, type FileExtension } from './export-file';

export type { ExportFile } from './export-file';

export const EXPORT_KINDS = [
  'agenda-docx',
  'facilitator-docx',
  'agenda-md',
  'facilitator-md',
  'handouts-docx',
  'handouts-md',
  'worksheet-docx',
  'worksheet-md',
  'prework-docx',
  'prework-md',
  'days-ics',
  'items-ics',
  'reminders-ics',
  'checklist-csv',
  'checklist-md',
  'invitees-csv',
  'plan-json',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Toolkit parts the exports need (goal titles, category names). */
export interface ExportContent {
  goals: GoalContent[];
  categories: StakeholderCategory[];
}

/** The file name of each kind, from the event title. */
export function exportFileName(kind: ExportKind, title: string): string {
  const names: Record<ExportKind, [string, FileExtension]> = {
    'agenda-docx': ['agenda', 'docx'],
    'facilitator-docx': ['facilitator-agenda', 'docx'],
    'agenda-md': ['agenda', 'md'],
    'facilitator-md': ['facilitator-agenda', 'md'],
    'handouts-docx': ['facilitator-handouts', 'docx'],
    'handouts-md': ['facilitator-handouts', 'md'],
    'worksheet-docx': ['asset-worksheet', 'docx'],
    'worksheet-md': ['asset-worksheet', 'md'],
    'prework-docx': ['prework-packet', 'docx'],
    'prework-md': ['prework-packet', 'md'],
    'days-ics': ['event-days', 'ics'],
    'items-ics': ['facilitator-schedule', 'ics'],
    'reminders-ics': ['checklist-reminders', 'ics'],
    'checklist-csv': ['checklist', 'csv'],
    'checklist-md': ['checklist', 'md'],
    'invitees-csv': ['invitees', 'csv'],
    'plan-json': ['plan', 'json'],
  };
  const [suffix, extension] = names[kind];
  return fileName(title, suffix, extension);
}

/** When the files are made, and when the plan last changed (the calendars' LAST-MODIFIED and SEQUENCE). */
export type ExportStamp = CalendarStamp;

/** A calendar file; its builder brings the `ics` package, so it loads only when one is asked for. */
async function calendar(
  kind: 'days-ics' | 'items-ics' | 'reminders-ics',
  plan: Plan,
  view: AgendaView,
  stamp: ExportStamp,
): Promise<Result<string>> {
  const calendars = await import('./calendar');
  if (kind === 'days-ics') return calendars.dayEventsCalendar(plan, view, stamp);
  if (kind === 'items-ics') return calendars.itemEventsCalendar(plan, view, stamp);
  return calendars.reminderCalendar(plan, view, stamp);
}

/** A sheet built as blocks, as .docx (loading `docx` only now) or as Markdown. */
async function sheet(
  format: 'docx' | 'md',
  title: string,
  paper: PaperSize,
  blocks: Result<DocBlock[]>,
): Promise<Result<string | Uint8Array>> {
  if (!blocks.ok) return blocks;
  if (format === 'md') return ok(blocksToMarkdown(blocks.value));
  const { blocksDocx } = await import('./blocks-docx');
  return ok(await blocksDocx(title, paper, blocks.value));
}

async function content(
  kind: ExportKind,
  plan: Plan,
  toolkit: ExportContent,
  stamp: ExportStamp,
): Promise<Result<string | Uint8Array>> {
  const view = buildAgendaView(plan, toolkit.goals);
  const paper = resolvePaperSize(plan.preferences.paperSize, plan.event.timeZone);
  const format = kind.endsWith('-docx') ? 'docx' : 'md';
  switch (kind) {
    case 'agenda-docx':
    case 'facilitator-docx': {
      const { agendaDocx } = await import('./agenda-docx');
      return ok(await agendaDocx(view, kind === 'agenda-docx' ? 'participant' : 'facilitator', paper));
    }
    case 'agenda-md':
      return ok(agendaMarkdown(view, 'participant'));
    case 'facilitator-md':
      return ok(agendaMarkdown(view, 'facilitator'));
    case 'handouts-docx':
    case 'handouts-md':
      return sheet(format, `${view.title} — facilitator handouts`, paper, handoutBlocks(plan, view, toolkit.goals));
    case 'worksheet-docx':
    case 'worksheet-md':
      return sheet(format, `${view.title} — asset worksheet`, paper, ok(worksheetBlocks(plan, view, toolkit.goals)));
    case 'prework-docx':
    case 'prework-md':
      return sheet(format, `${view.title} — pre-work`, paper, preworkBlocks(plan, view, toolkit.goals));
    case 'days-ics':
    case 'items-ics':
    case 'reminders-ics':
      return calendar(kind, plan, view, stamp);
    case 'checklist-csv':
      return plan.checklist.length ? ok(checklistCsv(plan)) : fail('The checklist is empty.');
    case 'checklist-md':
      return plan.checklist.length ? ok(checklistMarkdown(plan)) : fail('The checklist is empty.');
    case 'invitees-csv': {
      if (plan.invitees.length === 0) return fail('The invitee list is empty.');
      const { inviteesToCsv } = await import('./invitees-csv');
      return ok(inviteesToCsv(plan.invitees, toolkit.categories));
    }
    case 'plan-json':
      return ok(serializePlanFile(plan, stamp.now));
  }
}

/** One export file, or why it cannot be made (no dates, empty list ...). */
export async function buildFile(
  kind: ExportKind,
  plan: Plan,
  toolkit: ExportContent,
  stamp: ExportStamp,
): Promise<Result<ExportFile>> {
  const result = await content(kind, plan, toolkit, stamp);
  if (!result.ok) return result;
  return ok(exportFile(exportFileName(kind, plan.event.title), result.value));
}

/** Every file that can be made, plus a note for each one that cannot. */
export async function buildAll(
  plan: Plan,
  toolkit: ExportContent,
  stamp: ExportStamp,
): Promise<{ files: ExportFile[]; skipped: { name: string; reason: string }[] }> {
  const files: ExportFile[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const kind of EXPORT_KINDS) {
    const result = await buildFile(kind, plan, toolkit, stamp);
    if (result.ok) files.push(result.value);
    else skipped.push({ name: exportFileName(kind, plan.event.title), reason: result.error });
  }
  return { files, skipped };
}
