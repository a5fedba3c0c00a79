/**
 * Word documents: the page set-up every .docx shares (paper size, margins) and the writer of the
 * sheets built as blocks (./doc-blocks.ts). Pulls in `docx`, so it is loaded only on demand.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { PAPER_TWIPS, type PaperSize } from '../domain/paper-size';
import type { DocBlock } from './doc-blocks';

/** Margins of 15 mm, as on the print pages. */
const MARGIN_TWIPS = 850;

export const run = (value: string, bold = false) => new TextRun({ text: value, bold });

/** A paragraph whose line breaks stay line breaks. */
function lines(value: string, label?: string): Paragraph {
  const parts = value.split(/\r?\n/);
  return new Paragraph({
    children: [
      ...(label ? [run(`${label}: `, true)] : []),
      ...parts.map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : 0 })),
    ],
  });
}

export function tableCell(value: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: value.split(/\r?\n/).map((line) => new Paragraph({ children: [run(line, bold)] })),
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockChildren(block: DocBlock): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(block.text)] })];
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          keepNext: true,
          pageBreakBefore: block.pageBreak ?? false,
          children: [run(block.text)],
        }),
      ];
    case 'paragraph':
      return [lines(block.text, block.label)];
    case 'list':
      return block.items.map((item, i) =>
        block.ordered
          ? new Paragraph({ children: [run(`${i + 1}. ${item}`)], indent: { left: 360, hanging: 360 } })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.head.map((h, i) => tableCell(h, block.widths[i] ?? 0, true)),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  children: row.map((value, i) => tableCell(value, block.widths[i] ?? 0)),
                }),
            ),
          ],
        }),
      ];
    case 'lines':
      // A borderless table with a rule under each row: Word and LibreOffice merge the borders of
      // neighbouring paragraphs into one box, so ruled paragraphs would show a single line.
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: Array.from(
            { length: block.count },
            () =>
              new TableRow({
                height: { value: 480, rule: HeightRule.ATLEAST },
                cantSplit: true,
                children: [
                  new TableCell({
                    borders: { ...NO_BORDERS, bottom: RULE },
                    children: [new Paragraph({ text: '' })],
                  }),
                ],
              }),
          ),
        }),
      ];
  }
}

/** A Word file of `children` on `paper`, with the planner as its creator. */
export async function docxFile(title: string, paper: PaperSize, children: FileChild[]): Promise<Uint8Array> {
  const size = PAPER_TWIPS[paper];
  const document = new Document({
    creator: 'Convening Planner',
    title,
    sections: [
      {
        properties: {
          page: {
            size,
            margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** A sheet built as blocks, as the bytes of a .docx file. */
export function blocksDocx(title: string, paper: PaperSize, blocks: readonly DocBlock[]): Promise<Uint8Array> {
  return docxFile(title, paper, blocks.flatMap(blockChildren));
}
