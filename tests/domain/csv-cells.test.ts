import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormulaText } from '../../src/domain/csv-cells';

describe('the formula guard for CSV cells', () => {
  it('puts a quote before a cell that starts with = + - @, a tab or a carriage return', () => {
    expect(['=1+1', '+1 555', '-Minus', '@SUM(A1)', '\tTab', '\rCR'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+1 555",
      "'-Minus",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
    ]);
  });

  it('leaves ordinary text alone, including a formula character later in the cell', () => {
    expect(['Ana Ruiz', 'a=b', "O'Brien", "'quoted", ''].map(neutraliseFormula)).toEqual([
      'Ana Ruiz',
      'a=b',
      "O'Brien",
      "'quoted",
      '',
    ]);
  });

  it('guards every line of a multi-line cell that starts like a formula, whatever the line break', () => {
    expect(neutraliseFormula('First\n=HYPERLINK("x")\r\n- bullet\rplain\n@me')).toBe(
      "First\n'=HYPERLINK(\"x\")\r\n'- bullet\rplain\n'@me",
    );
  });

  it('adds one more quote to a value already guarded, so restoring gives it back exactly', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreFormulaText("''=x")).toBe("'=x");
    expect(restoreFormulaText("'=x\n'-y")).toBe('=x\n-y');
  });

  it('restores exactly what it guarded, for any text', () => {
    const alphabet = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", 'a', ' ', '"', ',');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (value) => {
        expect(restoreFormulaText(neutraliseFormula(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a guarded cell or line starting with a formula character', () => {
    const alphabet = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", 'a');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (value) => {
        const guarded = neutraliseFormula(value);
        expect(/^[=+\-@\t\r]/.test(guarded)).toBe(false);
        for (const line of guarded.split(/\r\n|\r|\n/).slice(1)) expect(/^[=+\-@\t]/.test(line)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
