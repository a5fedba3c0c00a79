import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../src/domain/csv-parse';

describe('splitting CSV text into rows', () => {
  it('detects tab-separated text pasted from a spreadsheet', () => {
    expect(parseCsv('Name\tEmail\nAna, Ruiz\tana@example.org\n')).toEqual({
      delimiter: '\t',
      rows: [
        ['Name', 'Email'],
        ['Ana, Ruiz', 'ana@example.org'],
      ],
      problems: [],
    });
  });

  it('prefers the delimiter that splits rows consistently over the one that appears most', () => {
    expect(detectDelimiter('Name;Notes\nAna;a, b, c\nBo;d, e\n')).toBe(';');
    expect(detectDelimiter('Name,Notes\nAna,"a; b; c"\nBo,x\n')).toBe(',');
  });

  it('keeps blank lines as rows so row numbers match the file, but not the final line break', () => {
    expect(parseCsv('a,b\r\n\r\n1,2\r\n').rows).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('falls back to comma for a single column', () => {
    expect(parseCsv('Name\nAna\n')).toEqual({ delimiter: ',', rows: [['Name'], ['Ana']], problems: [] });
  });

  it('reports a quote that is never closed, with the row where it starts', () => {
    expect(parseCsv('Name,Notes\nAna,ok\nBo,"never closed\nCy,x\n').problems).toEqual([
      {
        row: 3,
        message: 'a quoted cell is never closed, so the rest of the file was read into it. Check the quote marks.',
      },
    ]);
  });
});
