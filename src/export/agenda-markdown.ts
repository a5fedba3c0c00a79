/** The agenda as Markdown: the participant version, or the facilitator version with notes. */
import { venueTimesNote } from '../domain/venue-times';
import { convenedBy, type AgendaRowView, type AgendaView } from './agenda-view';
import { mdBlock, mdInline } from './markdown';

export type AgendaVersion = 'participant' | 'facilitator';

function facilitatorDetails(row: AgendaRowView): string[] {
  const out: string[] = [];
  const field = (label: string, value: string) => value && out.push(`- **${label}:** ${mdInline(value)}`);
  field('Lead', row.lead);
  field('Goals served', row.goals.join('; '));
  field('Purpose', row.purpose);
  if (row.notes) out.push(`- **Notes:** ${mdBlock(row.notes).replace(/ {2}\n/g, '  \n  ')}`);
  const list = (label: string, values: string[]) => {
    if (values.length === 0) return;
    out.push(`- **${label}:**`, ...values.map((v) => `  - ${mdInline(v)}`));
  };
  list('Materials', row.materials);
  list('Prompts', row.prompts);
  list('Steps', row.steps);
  return out;
}

/** The agenda as a Markdown document; times are venue times and say so. */
export function agendaMarkdown(view: AgendaView, version: AgendaVersion): string {
  const out = [`# ${mdInline(view.title)}${version === 'facilitator' ? ' — facilitator agenda' : ''}`, ''];
  const by = convenedBy(view);
  if (by) out.push(mdInline(by), '');
  if (view.venue) out.push(`**Venue:** ${mdInline(view.venue)}  `);
  out.push(mdInline(venueTimesNote(view.timeZone)), '');
  if (view.goals.length) out.push('## Goals', '', ...view.goals.map((g) => `- ${mdInline(g)}`), '');
  for (const day of view.days) {
    out.push(`## ${mdInline(day.heading)}`, '');
    if (day.rows.length === 0) {
      out.push('_No items yet._', '');
      continue;
    }
    if (version === 'participant') {
      out.push('| Time | Item |', '| --- | --- |');
      for (const row of day.rows) out.push(`| ${row.start} – ${row.end} | ${mdInline(row.title)} |`);
      out.push('');
      continue;
    }
    for (const row of day.rows) {
      out.push(
        `### ${row.start} – ${row.end} · ${mdInline(row.title)} (${row.duration}, ${row.kindLabel.toLowerCase()})`,
        '',
      );
      const details = facilitatorDetails(row);
      if (details.length) out.push(...details, '');
    }
  }
  return out.join('\n');
}
