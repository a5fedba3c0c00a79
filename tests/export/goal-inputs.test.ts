import { describe, expect, it } from 'vitest';
import { buildAgendaView, sessionRows } from '../../src/export/agenda-view';
import { goalInputs, handoutInserts, reviewsGoals } from '../../src/export/goal-inputs';
import { loadContent } from '../helpers/content';
import { filledGoalsPlan } from '../helpers/sample-plan';

const content = loadContent();

describe('goalInputs', () => {
  it('gathers every Goals-page field in the toolkit order, with why each ticked item matters', () => {
    const inputs = goalInputs(filledGoalsPlan(content).goals, content.goals);
    expect(inputs.eventGoals).toEqual([
      'Set Preliminary Goals',
      'Align on Student & Community Needs',
      'Build Relationships & Connections Across the Community of Stakeholders',
      'Identify Community Assets & Emerging Opportunities to Collaborate',
      'Develop a High-Level Plan',
    ]);
    expect(inputs.data.map((d) => [d.id, d.why])).toEqual([
      ['attendance', 'Reveals which students are missing enough school to put their progress at risk.'],
      ['program-assessments', 'Tells the group what already works locally and could be grown rather than rebuilt.'],
    ]);
    expect(inputs.questions.map((q) => q.id)).toEqual(['caring-adult', 'people-power']);
    expect(inputs.draftGoals).toEqual(['60 tutors in our middle schools by fall', 'Every senior gets FAFSA help']);
    expect(inputs.planElements.map((p) => p.label)).toEqual([
      'Aligning on and committing to next steps and priorities',
      'Identifying additional resources needed to launch and sustain the partnership',
    ]);
  });

  it('gives the ticked data in Spanish when asked, in the same order, and keeps both texts of each question', () => {
    const inputs = goalInputs(filledGoalsPlan(content).goals, content.goals, 'es');
    expect(inputs.data).toEqual([
      {
        id: 'attendance',
        label: 'Datos de asistencia, incluidas las faltas frecuentes a clase (el ausentismo crónico)',
        why: 'Dejan ver qué estudiantes faltan tanto a la escuela que su avance corre peligro.',
      },
      {
        id: 'program-assessments',
        label: 'Evaluaciones de programas o apoyos que ya existen y están dando buenos resultados',
        why: 'Le cuentan al grupo qué está funcionando ya aquí y se podría ampliar, en vez de empezar algo nuevo desde cero.',
      },
    ]);
    expect(inputs.questions.map((q) => q.textEs)).toEqual([
      '¿Hay muchos estudiantes a quienes les ayudaría tener otro adulto de confianza que los acompañe cada día o cada semana?',
      'En las áreas donde los estudiantes necesitan más apoyo, ¿hace falta sumar más personas, además del personal y los aliados con los que ya contamos?',
    ]);
  });

  it('leaves out what was filled in for goals that are not chosen now', () => {
    const plan = filledGoalsPlan(content);
    const inputs = goalInputs({ ...plan.goals, selected: ['build-relationships'] }, content.goals);
    expect(inputs).toEqual({
      eventGoals: ['Build Relationships & Connections Across the Community of Stakeholders'],
      data: [],
      questions: [],
      draftGoals: [],
      planElements: [],
    });
  });
});

describe('handoutInserts', () => {
  it('puts each input on the sessions of the sample agenda that use it, and nothing elsewhere', () => {
    const plan = filledGoalsPlan(content);
    const view = buildAgendaView(plan, content.goals);
    const sessions = sessionRows(view).map(({ row }) => row);
    const inserts = handoutInserts(sessions, goalInputs(plan.goals, content.goals));
    const used = sessions
      .map((row) => {
        const parts = Object.entries(inserts.get(row.id)!)
          .filter(([, value]) => (value as unknown[]).length > 0)
          .map(([key]) => key);
        return [row.title, parts] as const;
      })
      .filter(([, parts]) => parts.length > 0);
    expect(used).toEqual([
      ['Review Goals for the Convening', ['eventGoals']],
      ['Shared Assets & Challenges: Brainstorm', ['data', 'questions']],
      ['Review Themes from Day 1 and Goals for Day 2', ['eventGoals']],
      [
        'Small Group Goal-Setting: Identifying Opportunities We Have to Address Challenges Agreed Upon During Day 1',
        ['draftGoals'],
      ],
      ['Whole Group Goal-Setting', ['draftGoals']],
      ['Next Steps', ['planElements']],
    ]);
  });

  it('gives the data and questions to the first needs session when none uses the pre-work', () => {
    const sessions = [
      { id: 'a', title: 'Data walk', goalIds: ['align-needs'], tags: [] },
      { id: 'b', title: 'Priorities', goalIds: ['align-needs'], tags: [] },
    ];
    const inputs = goalInputs(filledGoalsPlan(content).goals, content.goals);
    const inserts = handoutInserts(sessions, inputs);
    expect([inserts.get('a')!.questions.length, inserts.get('b')!.questions.length]).toEqual([2, 0]);
  });

  it('knows a goals review by its title', () => {
    expect(
      ['Review Goals for the Convening', 'Goal review', 'Review our goal', 'Review themes', 'Goal-setting'].map(
        (title) => reviewsGoals({ title }),
      ),
    ).toEqual([true, true, true, false, false]);
  });
});
