/**
 * A small document model for the sheets that are also downloaded as files (handouts, asset
 * worksheet, pre-work packet): each sheet is built once as blocks, then written as Markdown here
 * or as .docx by ./blocks-docx.ts, so the two files always say the same thing.
 */
import { mdBlock, mdInline } from './markdown';

export type DocBlock =
  | { kind: 'title'; text: string }
  /** Level 1 starts a new page in .docx when `pageBreak` is set (one handout per page). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreak?: boolean }
  /** A paragraph; `label` is written in bold before the text ("Lead: Ana"). Line breaks are kept. */
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  /** A table with a header row; `widths` are percentages for .docx. */
  | { kind: 'table'; head: string[]; rows: string[][]; widths: number[] }
  /** Room to write by hand: ruled lines in .docx; nothing in Markdown (it is edited, not printed). */
  | { kind: 'lines'; count: number };

/** Escapes a table cell: a pipe would end it, a line break would end the row. */
const cell = (value: string) => mdInline(value) || ' ';

function blockMarkdown(block: DocBlock): string[] {
  switch (block.kind) {
    case 'title':
      return [`# ${mdInline(block.text)}`, ''];
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${mdInline(block.text)}`, ''];
    case 'paragraph':
      return [block.label ? `**${mdInline(block.label)}:** ${mdBlock(block.text)}` : mdBlock(block.text), ''];
    case 'list':
      if (block.items.length === 0) return [];
      return [...block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${mdInline(item)}`), ''];
    case 'table':
      return [
        `| ${block.head.map(cell).join(' | ')} |`,
        `| ${block.head.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        '',
      ];
    case 'lines':
      return [];
  }
}

/** The blocks as one Markdown document. */
export function blocksToMarkdown(blocks: readonly DocBlock[]): string {
  return blocks.flatMap(blockMarkdown).join('\n').replace(/\n+$/, '\n');
}
