/**
 * The agenda as an editable Word document. This module pulls in `docx` (large), so the export
 * store loads it with a dynamic import() only when someone asks for a .docx.
 */
import { HeadingLevel, Paragraph, Table, TableRow, WidthType, type FileChild } from 'docx';
import type { PaperSize } from '../domain/paper-size';
import { venueTimesNote } from '../domain/venue-times';
import type { AgendaVersion } from './agenda-markdown';
import { convenedBy, type AgendaDayView, type AgendaRowView, type AgendaView } from './agenda-view';
import { docxFile, run as text, tableCell as cell } from './blocks-docx';

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [text(`${label}: `, true), text(value)] });
}

function bulletList(label: string, values: string[]): Paragraph[] {
  if (values.length === 0) return [];
  return [
    new Paragraph({ children: [text(`${label}:`, true)] }),
    ...values.map((v) => new Paragraph({ text: v, bullet: { level: 0 } })),
  ];
}

function participantDay(day: AgendaDayView): FileChild[] {
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [cell('Time', 28, true), cell('Item', 72, true)] }),
        ...day.rows.map(
          (row) =>
            new TableRow({ cantSplit: true, children: [cell(`${row.start} – ${row.end}`, 28), cell(row.title, 72)] }),
        ),
      ],
    }),
  ];
}

function facilitatorRow(row: AgendaRowView): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [text(`${row.start} – ${row.end}  ${row.title}`)],
    }),
    new Paragraph({ children: [text(`${row.kindLabel}, ${row.duration}`)] }),
  ];
  if (row.lead) out.push(labelled('Lead', row.lead));
  if (row.goals.length) out.push(labelled('Goals served', row.goals.join('; ')));
  if (row.purpose) out.push(labelled('Purpose', row.purpose));
  if (row.notes) out.push(labelled('Notes', row.notes.replace(/\s*\n\s*/g, ' ')));
  out.push(
    ...bulletList('Materials', row.materials),
    ...bulletList('Prompts', row.prompts),
    ...bulletList('Steps', row.steps),
  );
  return out;
}

/** The agenda (participant or facilitator version) as the bytes of a .docx file on `paper`. */
export async function agendaDocx(view: AgendaView, version: AgendaVersion, paper: PaperSize): Promise<Uint8Array> {
  const children: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [text(version === 'facilitator' ? `${view.title} — facilitator agenda` : view.title)],
    }),
  ];
  const by = convenedBy(view);
  if (by) children.push(new Paragraph({ text: by }));
  if (view.venue) children.push(labelled('Venue', view.venue));
  children.push(new Paragraph({ text: venueTimesNote(view.timeZone) }));
  if (view.goals.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Goals' }));
    children.push(...view.goals.map((g) => new Paragraph({ text: g, bullet: { level: 0 } })));
  }
  view.days.forEach((day, index) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: day.heading, pageBreakBefore: index > 0 }));
    if (day.rows.length === 0) children.push(new Paragraph({ text: 'No items yet.' }));
    else if (version === 'participant') children.push(...participantDay(day));
    else children.push(...day.rows.flatMap(facilitatorRow));
  });
  return docxFile(view.title, paper, children);
}
