import { describe, expect, it } from 'vitest';
import {
  clockText,
  convenedByIn,
  dataItemText,
  dayHeading,
  eventDatesIn,
  fill,
  questionText,
  sheetGoals,
  sheetLangFrom,
  venueTimesIn,
} from '../../src/domain/sheet-language';
import type { Goals } from '../../src/domain/plan';
import { loadContent, loadSheetLabels } from '../helpers/content';

const { en, es } = loadSheetLabels();
const toolkit = loadContent().goals;
/** Intl may put a plain or a no-break space before "a. m."; the tests read both as a space. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('sheet language', () => {
  it('reads Spanish from ?lang=es in any case, and English from anything else', () => {
    expect(sheetLangFrom('?lang=es')).toBe('es');
    expect(sheetLangFrom('?x=1&lang=ES')).toBe('es');
    expect(sheetLangFrom('?lang=fr')).toBe('en');
    expect(sheetLangFrom('')).toBe('en');
  });

  it('fills marks it knows and leaves others as written', () => {
    expect(fill('Día {n} de {m}', { n: 2 })).toBe('Día 2 de {m}');
  });

  it('writes clock times as the planner does in English and with Intl es-US in Spanish', () => {
    expect(clockText(9 * 60, en)).toBe('9:00 AM');
    expect(spaced(clockText(9 * 60, es))).toBe('9:00 a.m.');
    expect(spaced(clockText(13 * 60 + 5, es))).toBe('1:05 p.m.');
    expect(spaced(clockText(24 * 60 + 30, es))).toBe('12:30 a.m. (+1 día)');
  });

  it('heads a day with its number and its date in the sheet language', () => {
    expect(dayHeading(1, '2027-03-13', en)).toBe('Day 1 · Saturday, March 13, 2027');
    expect(dayHeading(2, '2027-03-14', es)).toBe('Día 2 · domingo, 14 de marzo de 2027');
    expect(dayHeading(1, '', es)).toBe('Día 1');
  });

  it('joins the event dates and the co-conveners as lists in the sheet language', () => {
    expect(eventDatesIn(['2027-03-13', '2027-03-14'], es)).toBe(
      'sábado, 13 de marzo de 2027 y domingo, 14 de marzo de 2027',
    );
    expect(eventDatesIn(['2027-03-13', ''], en)).toBe('Saturday, March 13, 2027');
    expect(convenedByIn('Distrito', ['Alcaldía', 'Irene Ruiz'], es)).toBe(
      'Organizado por Distrito junto con Alcaldía e Irene Ruiz',
    );
    expect(convenedByIn('District', ['A', 'B', 'C'], en)).toBe('Convened by District with A, B and C');
    expect(convenedByIn('Distrito', [], es)).toBe('Organizado por Distrito');
    expect(convenedByIn(' ', ['A'], es)).toBe('');
  });

  it('says the times are the venue’s, with or without a zone', () => {
    expect(venueTimesIn('America/Chicago', es)).toBe(
      'Todas las horas son las del lugar del encuentro (America/Chicago).',
    );
    expect(venueTimesIn('', en)).toBe('All times are local to the venue.');
  });

  it('gives the toolkit goals their Spanish titles and keeps the convener’s own goals as typed', () => {
    const goals: Goals = {
      selected: ['own-1', 'set-goals'],
      custom: [{ id: 'own-1', title: 'Recruit 50 tutors', description: '' }],
    } as Goals;
    expect(sheetGoals(goals, toolkit, 'es')).toEqual([
      { id: 'own-1', title: 'Recruit 50 tutors', custom: true },
      { id: 'set-goals', title: 'Fijar metas preliminares', custom: false },
    ]);
    expect(sheetGoals(goals, toolkit, 'en')[1]).toEqual({
      id: 'set-goals',
      title: 'Set Preliminary Goals',
      custom: false,
    });
  });

  it('picks a question’s text in the sheet language', () => {
    const q = { text: 'Are schools in need?', textEs: '¿Las escuelas lo necesitan?' };
    expect(questionText(q, 'es')).toBe('¿Las escuelas lo necesitan?');
    expect(questionText(q, 'en')).toBe('Are schools in need?');
  });

  it('words a kind of data to bring in the sheet language: the content’s label and reason, or their Spanish', () => {
    const attendance = toolkit.flatMap((g) => g.guidance.dataToBring).find((d) => d.id === 'attendance')!;
    expect(dataItemText(attendance, 'en')).toEqual({
      label: 'Attendance data, including chronic absence',
      why: 'Reveals which students are missing enough school to put their progress at risk.',
    });
    expect(dataItemText(attendance, 'es')).toEqual({
      label: 'Datos de asistencia, incluidas las faltas frecuentes a clase (el ausentismo crónico)',
      why: 'Dejan ver qué estudiantes faltan tanto a la escuela que su avance corre peligro.',
    });
  });
});
