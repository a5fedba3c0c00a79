/** Settings for what the planner prints and writes: the paper size. */
import type { PaperSetting } from '../domain/paper-size';
import { updatePart } from './plan';

/** Chooses the paper for print pages and .docx files ('auto' follows the venue's time zone). */
export function setPaperSize(setting: PaperSetting): void {
  updatePart('preferences', 'change the paper size', (preferences) =>
    preferences.paperSize === setting ? preferences : { ...preferences, paperSize: setting },
  );
}
