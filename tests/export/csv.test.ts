import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv';

describe('csvCell', () => {
  it('quotes every cell and doubles inner quotes', () => {
    expect([csvCell('plain'), csvCell('Say "hi"'), csvCell('')]).toEqual(['"plain"', '"Say ""hi"""', '""']);
  });

  it('puts an apostrophe before a cell that starts like a formula', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      `"'=1+1"`,
      `"'+1"`,
      `"'-2"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
    ]);
  });

  it('puts an apostrophe before every line of a multi-line cell that starts like a formula', () => {
    expect(csvCell('Call back\n=HYPERLINK("x")\r\n- bring cake\n@Jo\n\ttab\nfine')).toBe(
      `"Call back\n'=HYPERLINK(""x"")\r\n'- bring cake\n'@Jo\n'\ttab\nfine"`,
    );
  });

  it('leaves a dash or equals sign inside a line alone', () => {
    expect(csvCell('a - b = c')).toBe('"a - b = c"');
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Name', 'Note'],
        ['Ana Núñez', '+1 guest'],
      ]),
    ).toBe('\uFEFF"Name","Note"\r\n"Ana Núñez","\'+1 guest"\r\n');
  });
});
