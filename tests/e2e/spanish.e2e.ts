/**
 * The participant sheets in Spanish: the export page links them, and `?lang=es` on the same
 * print page prints the sheet's words, dates and times in Spanish, marked `lang="es"`, while what
 * the convener typed stays as typed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { loadContent } from '../helpers/content';
import { samplePlan } from '../helpers/sample-plan';
import { contextWithPlan, expectNoAxeViolations, launch, openPage, openStep, tabTo, url, waitForPlan } from './browser';

const PDF_DIR = process.env.EXPORT_PDF_DIR ?? '/tmp/export-pdf';
const plan: Plan = samplePlan(loadContent());

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(PDF_DIR, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

/** The Chicago sample plan, opened in a browser in Tokyo (the dates must stay the venue's). */
function tokyoContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return contextWithPlan(browser, plan, { timezoneId: 'Asia/Tokyo', ...options });
}

describe('the participant sheets in Spanish', () => {
  it('opens the Spanish participant agenda from the export page by keyboard, in Spanish with Spanish dates and times', async () => {
    const context = await tokyoContext();
    const page = await openPage(context);
    await openStep(page, 'export/');
    const link = page.getByRole('link', { name: 'Agenda del encuentro (en español)' });
    await expect(link.getAttribute('href')).resolves.toBe('/export/print/agenda/?lang=es');
    await expect(link.getAttribute('lang')).resolves.toBe('es');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/export\/print\/agenda\/\?lang=es$/);
    await waitForPlan(page);

    const sheet = page.locator('.print-agenda');
    await expect(sheet.getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('h1').textContent()).resolves.toBe('Agenda del encuentro');
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('es');
    await expect(page.title()).resolves.toBe('Agenda del encuentro · Convening Planner');
    // The toolbar is the planner's own, for the convener: English, and marked so.
    await expect(page.locator('.print-toolbar').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('button', { name: 'Print this page' }).isVisible()).resolves.toBe(true);

    const days = await page.locator('.print-day h2').allTextContents();
    expect(days).toEqual(['Día 1 · sábado, 13 de marzo de 2027', 'Día 2 · domingo, 14 de marzo de 2027']);
    await expect(page.locator('.print-event p').allTextContents()).resolves.toEqual([
      'Riverside Student Success Convening',
      "Organizado por Riverside Unified School District junto con Mayor's Office of Riverside y Riverside Community Foundation",
      'sábado, 13 de marzo de 2027 y domingo, 14 de marzo de 2027 · Riverside Public Library, 100 Main St, Riverside',
    ]);
    await expect(page.locator('.print-meta').textContent()).resolves.toBe(
      'Todas las horas son las del lugar del encuentro (America/Chicago).',
    );
    await expect(page.getByRole('columnheader').allTextContents()).resolves.toEqual([
      'Hora',
      'Actividad',
      'Hora',
      'Actividad',
    ]);
    // Spanish clock times (Intl, es-US), morning and afternoon.
    const times = page.locator('.print-day').first().locator('tbody th.col-time');
    await expect(times.first().textContent()).resolves.toMatch(/^10:00\sa\.\s?m\. – 10:15\sa\.\s?m\.$/);
    await expect(times.last().textContent()).resolves.toMatch(/^\d:\d\d\sp\.\s?m\. – \d:\d\d\sp\.\s?m\.$/);
    // The toolkit's goal titles come translated; item titles are shown as the convener typed them.
    const goals = await page.locator('.print-goals li').allTextContents();
    expect(goals[0]).toBe('Construir relaciones y lazos entre todos los sectores de la comunidad');
    const firstItem = page.locator('.item-title').first();
    await expect(firstItem.textContent()).resolves.toBe(plan.days[0]!.items[0]!.title);
    await expect(firstItem.getAttribute('lang')).resolves.toBe('');
    await expectNoAxeViolations(page);

    // Printed: the same Spanish sheet; a PDF is kept to look at.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-day h2').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-toolbar').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile(`${PDF_DIR}/agenda-es.pdf`, pdf);
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('prints the sign-in sheet, the discussion questions and the asset worksheet in Spanish, and the same pages stay English without ?lang=es', async () => {
    const context = await tokyoContext();
    const page = await openPage(context);

    await page.goto(url('export/print/sign-in/?lang=es'));
    await waitForPlan(page);
    await expect(page.locator('.print-sign-in').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('h1').textContent()).resolves.toBe('Registro de asistencia');
    await expect(page.getByRole('columnheader').allTextContents()).resolves.toEqual([
      'Nombre',
      'Organización',
      'Correo electrónico',
      'Permiso de fotos y video firmado',
      'Firma',
    ]);
    const cells = await page.locator('.sign-in-table tbody tr').last().locator('td').allTextContents();
    expect(cells).toEqual(['', '', '', '☐ Sí   ☐ No', '']);
    await expectNoAxeViolations(page);

    await page.goto(url('export/print/questions/?lang=es'));
    await waitForPlan(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Preguntas para conversar');
    await expect(page.locator('.question-list li p').allTextContents()).resolves.toEqual([
      '¿Hay muchos estudiantes a quienes les ayudaría tener otro adulto de confianza que los acompañe cada día o cada semana?',
      'En las áreas donde los estudiantes necesitan más apoyo, ¿hace falta sumar más personas, además del personal y los aliados con los que ya contamos?',
    ]);
    await expectNoAxeViolations(page);

    await page.goto(url('export/print/worksheet/?lang=es'));
    await waitForPlan(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Hoja de recursos de la comunidad');
    await expect(page.locator('.worksheet-group h2').allTextContents()).resolves.toEqual([
      'Recursos de la comunidad',
      'Fuentes de apoyo',
    ]);
    await expect(page.locator('.worksheet-table tbody th').nth(1).textContent()).resolves.toBe(
      'Organizaciones que atienden a niños y jóvenesp. ej. Boys and Girls Clubs, Big Brothers Big Sisters, 4-H, YMCA, Camp Fire, Girls Inc.',
    );
    await expectNoAxeViolations(page);

    await page.goto(url('export/print/questions/'));
    await waitForPlan(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Discussion questions');
    await expect(page.locator('.print-questions').getAttribute('lang')).resolves.toBe(null);
    await expect(page.locator('.question-list li p').first().textContent()).resolves.toBe(
      'Are there substantial numbers of students who would benefit from an additional caring adult supporting them on a daily or weekly basis?',
    );
    expect(page.errors).toEqual([]);
    await context.close();
  });
  it('prints the pre-work packet in Spanish: the ticked data with why it matters, the questions and the note on sources', async () => {
    const context = await tokyoContext();
    const page = await openPage(context);
    await openStep(page, 'export/');
    const link = page.getByRole('link', { name: 'Para revisar antes del encuentro (en español)' });
    await expect(link.getAttribute('href')).resolves.toBe('/export/print/prework/?lang=es');
    await expect(link.getAttribute('lang')).resolves.toBe('es');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/export\/print\/prework\/\?lang=es$/);
    await waitForPlan(page);

    await expect(page.locator('.print-prework').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('h1').textContent()).resolves.toBe('Para revisar antes del encuentro');
    await expect(page.title()).resolves.toBe('Para revisar antes del encuentro · Convening Planner');
    await expect(page.locator('.print-toolbar').getAttribute('lang')).resolves.toBe('en');
    // The event's title is the convener's, as typed and in no known language.
    await expect(page.locator('.print-title span').getAttribute('lang')).resolves.toBe('');
    await expect(page.locator('.prework-item h2').allTextContents()).resolves.toEqual([
      'Datos de asistencia, incluidas las faltas frecuentes a clase (el ausentismo crónico)',
    ]);
    await expect(page.locator('.prework-item p').textContent()).resolves.toBe(
      'Por qué es importante: Dejan ver qué estudiantes faltan tanto a la escuela que su avance corre peligro.',
    );
    await expect(page.getByRole('heading', { name: 'Preguntas para ir pensando' }).count()).resolves.toBe(1);
    await expect(page.locator('.question-list li p').first().textContent()).resolves.toBe(
      '¿Hay muchos estudiantes a quienes les ayudaría tener otro adulto de confianza que los acompañe cada día o cada semana?',
    );
    await expect(page.locator('.print-source').textContent()).resolves.toMatch(
      /^La lista de datos se basa en dos guías/,
    );
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-toolbar').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile(`${PDF_DIR}/prework-es.pdf`, pdf);

    // Without ?lang=es the same page is English.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(url('export/print/prework/'));
    await waitForPlan(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pre-work packet');
    await expect(page.locator('.print-prework').getAttribute('lang')).resolves.toBe(null);
    await expect(page.locator('.prework-item h2').allTextContents()).resolves.toEqual([
      'Attendance data, including chronic absence',
    ]);
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
