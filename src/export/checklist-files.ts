/** The follow-up checklist as CSV and as Markdown, in timeline order with due dates. */
import { datedChecklist, whenText } from '../domain/checklist';
import type { Plan } from '../domain/plan';
import { longDate } from '../domain/dates';
import { movedNote } from '../domain/due-dates';
import { toCsv } from './csv';
import { mdBlock, mdInline } from './markdown';

/**
 * Columns: Task, Due date, When, Owner, Done, Details. Dates as `YYYY-MM-DD` for spreadsheets; a
 * date moved off a weekend says so in the When column.
 */
export function checklistCsv(plan: Plan): string {
  const rows = datedChecklist(plan.checklist, plan.days, plan.event.preWork).map(({ item, due, movedFrom }) => [
    item.title,
    due,
    [whenText(item.phase, item.offsetDays), movedNote(movedFrom)].filter(Boolean).join(', '),
    item.owner,
    item.done ? 'yes' : 'no',
    item.detail,
  ]);
  return toCsv([['Task', 'Due date', 'When', 'Owner', 'Done', 'Details'], ...rows]);
}

/** A Markdown task list, split into before and after the event. */
export function checklistMarkdown(plan: Plan): string {
  const dated = datedChecklist(plan.checklist, plan.days, plan.event.preWork);
  const title = plan.event.title.trim() || 'Untitled convening';
  const out = [`# Planning checklist: ${mdInline(title)}`, ''];
  for (const phase of ['before', 'after'] as const) {
    const rows = dated.filter(({ item }) => item.phase === phase);
    if (rows.length === 0) continue;
    out.push(phase === 'before' ? '## Before the event' : '## After the event', '');
    for (const { item, due, movedFrom } of rows) {
      const moved = movedFrom ? ` (${movedNote(movedFrom)})` : '';
      const when = due ? `due ${longDate(due)}${moved}` : whenText(item.phase, item.offsetDays).toLowerCase();
      const owner = item.owner ? ` · ${mdInline(item.owner)}` : '';
      out.push(`- [${item.done ? 'x' : ' '}] **${mdInline(item.title)}** — ${when}${owner}`);
      if (item.detail) out.push(`  ${mdBlock(item.detail).replace(/ {2}\n/g, '  \n  ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
