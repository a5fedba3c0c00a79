import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline } from '../../src/export/markdown';

describe('mdInline', () => {
  it('escapes every character Markdown reads as formatting', () => {
    expect(mdInline('*bold* _it_ `code` [link] #tag <b> a|b ~x~ back\\slash')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\] \\#tag \\<b\\> a\\|b \\~x\\~ back\\\\slash',
    );
  });

  it('escapes a list, heading or quote marker at the start', () => {
    expect(['- item', '+ item', '1. first', '12) twelfth', '> quote', '# heading', '=== line'].map(mdInline)).toEqual([
      '\\- item',
      '\\+ item',
      '1\\. first',
      '12\\) twelfth',
      '\\> quote',
      '\\# heading',
      '\\=== line',
    ]);
  });

  it('leaves the same characters alone inside the text', () => {
    expect(mdInline('Room 1. Wing - east + west = 2')).toBe('Room 1. Wing - east + west = 2');
  });

  it('turns line breaks into single spaces and trims', () => {
    expect(mdInline('  one\r\n  two\nthree  ')).toBe('one two three');
  });
});

describe('mdBlock', () => {
  it('keeps lines as hard breaks, escapes each line start and drops blank lines', () => {
    expect(mdBlock('Bring:\n- cake\n\n2. plates\r\n> *not* a quote')).toBe(
      'Bring:  \n\\- cake  \n2\\. plates  \n\\> \\*not\\* a quote',
    );
  });

  it('gives an empty string for empty text', () => {
    expect(mdBlock('')).toBe('');
  });
});
