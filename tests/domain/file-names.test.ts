import { describe, expect, it } from 'vitest';
import { fileName, fileStem } from '../../src/domain/file-names';

describe('file names from the event title', () => {
  it('keeps letters of any script and replaces what file systems refuse', () => {
    expect(fileStem('Spring Convening: "Youth" <2027>')).toBe('spring-convening-youth-2027');
    expect(fileStem('Café / Bibliothèque \\ 東京')).toBe('café-bibliothèque-東京');
    expect(fileName('Spring Convening', 'agenda', 'docx')).toBe('spring-convening-agenda.docx');
    expect(fileName('Spring Convening', '', 'json')).toBe('spring-convening.json');
  });

  it('falls back for an empty title, a reserved Windows name or only punctuation', () => {
    expect(fileStem('')).toBe('convening-plan');
    expect(fileStem('CON')).toBe('convening-plan');
    expect(fileStem('...???')).toBe('convening-plan');
    expect(fileName('', 'invitees', 'csv')).toBe('convening-plan-invitees.csv');
  });

  it('cuts long titles at 60 characters without a trailing hyphen', () => {
    const stem = fileStem(`${'a'.repeat(59)} bbbbbbbb`);
    expect(stem).toBe('a'.repeat(59));
    expect(fileStem('x'.repeat(80))).toHaveLength(60);
  });
});
