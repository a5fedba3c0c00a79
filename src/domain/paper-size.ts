/**
 * Paper size for print pages and .docx files: one setting (`plan.preferences.paperSize`).
 * 'auto' follows the venue's time zone: the Americas print on Letter, everyone else on A4.
 */
import type { Plan } from './plan';

export type PaperSize = 'letter' | 'a4';
export type PaperSetting = Plan['preferences']['paperSize'];

/**
 * Zones whose venue gets Letter under 'auto': the Americas (`America/…` and the old `US/…`,
 * `Canada/…`, `Mexico/…` names) and Hawaii, which is in the United States but in `Pacific/`.
 */
const LETTER_ZONES = /^(America|US|Canada|Mexico)\/|^Pacific\/Honolulu$/;

/** The paper a venue in `timeZone` most likely uses. */
export function paperForZone(timeZone: string): PaperSize {
  return LETTER_ZONES.test(timeZone) ? 'letter' : 'a4';
}

/** The paper to print and write on: the setting, or the venue's paper when it is 'auto'. */
export function resolvePaperSize(setting: PaperSetting, timeZone: string): PaperSize {
  return setting === 'auto' ? paperForZone(timeZone) : setting;
}

export const PAPER_LABELS: Record<PaperSize, string> = { letter: 'Letter', a4: 'A4' };

/** Page size in twentieths of a point (what .docx measures in): width, height. */
export const PAPER_TWIPS: Record<PaperSize, { width: number; height: number }> = {
  letter: { width: 12240, height: 15840 },
  a4: { width: 11906, height: 16838 },
};
