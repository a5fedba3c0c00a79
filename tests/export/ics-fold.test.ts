import { describe, expect, it } from 'vitest';
import { foldLine, refoldCalendar, unfoldLines } from '../../src/export/ics-fold';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** Whether a string survives UTF-8 unchanged: false when a surrogate pair was split. */
const wellFormed = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s)) === s;

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds ASCII at 75 octets, then 74 plus the leading space', () => {
    expect(foldLine('a'.repeat(75) + 'b'.repeat(74) + 'c')).toBe(`${'a'.repeat(75)}\r\n ${'b'.repeat(74)}\r\n c`);
  });

  it('counts octets, not characters, and never splits an accented character', () => {
    // "é" is 2 octets: 37 of them make 74 octets, the 38th would make 76.
    expect(foldLine('é'.repeat(40))).toBe(`${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`);
  });

  it('breaks before an emoji that would cross the limit, keeping its surrogate pair whole', () => {
    // 8 + 65 = 73 octets; the 4-octet emoji would make 77.
    const folded = foldLine(`SUMMARY:${'a'.repeat(65)}🎉🎉`);
    expect(folded).toBe(`SUMMARY:${'a'.repeat(65)}\r\n 🎉🎉`);
    expect(folded.split('\r\n').every(wellFormed)).toBe(true);
  });

  it('keeps every physical line of emoji and CJK text within 75 octets', () => {
    const line = `SUMMARY:${'会議🎉'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    // 8 + 30 × 10 = 308 octets; each break falls before the character that would pass 75.
    expect(physical.map(octets)).toEqual([74, 75, 74, 74, 15]);
    expect(physical.every(wellFormed)).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('unfoldLines', () => {
  it('joins continuations that start with a tab (as ics writes them) or a space', () => {
    expect(unfoldLines('SUMMARY:ab\r\n\tcd\r\n e\r\nEND:VEVENT\r\n')).toEqual(['SUMMARY:abcde', 'END:VEVENT']);
  });
});

describe('refoldCalendar', () => {
  it('refolds a line ics left whole, drops X-PUBLISHED-TTL and ends every line with CRLF', () => {
    // ics 3.12 leaves this 50-character line unfolded (it folds past 75 characters): 8 + 126 octets.
    const title = '学生支援のための協働目標設定会議、第一日目。地域の皆さんと一緒に考えます。ありがとう';
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:PUBLISH',
      'X-PUBLISHED-TTL:PT1H',
      `SUMMARY:${title}`,
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(refoldCalendar(ics)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'METHOD:PUBLISH',
        `SUMMARY:${title.slice(0, 22)}`,
        ` ${title.slice(22)}`,
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('gives back the same logical lines it was given, whatever their folding', () => {
    const lines = ['BEGIN:VEVENT', `DESCRIPTION:${'Réunion 👩🏽‍🏫 à Montréal\\, '.repeat(6)}`, 'END:VEVENT'];
    const tabFolded = `${lines[0]}\r\n${lines[1]!.slice(0, 40)}\r\n\t${lines[1]!.slice(40)}\r\n${lines[2]}\r\n`;
    const refolded = refoldCalendar(tabFolded);
    expect(unfoldLines(refolded)).toEqual(lines);
    expect(Math.max(...refolded.split('\r\n').map(octets))).toBe(75);
  });
});
