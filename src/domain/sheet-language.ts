/**
 * The participant sheets in more than one language: which language a page asks for, and the
 * sheet's words (labels from content/sheet-labels.yaml) with dates, times and name lists worded
 * by Intl in that language. What the convener typed is never translated.
 */
import { formatClock } from './agenda-times';
import type { DataOption, GoalContent, Question, SheetLabels } from './content-schemas';
import { longDate } from './dates';
import { chosenGoals } from './goals';
import type { Goals } from './plan';

/** The languages a participant sheet is printed in. */
export type SheetLang = 'en' | 'es';

/** The labels of every sheet language, as the print pages receive them from content/. */
export type SheetLabelSet = Record<SheetLang, SheetLabels>;

/** The language a sheet's address asks for: `?lang=es` is Spanish, anything else English. */
export function sheetLangFrom(search: string): SheetLang {
  return new URLSearchParams(search).get('lang')?.trim().toLowerCase() === 'es' ? 'es' : 'en';
}

/** A label with its `{name}` marks filled in: `fill('Day {n}', { n: 2 })` → `Day 2`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
}

const isEnglish = (labels: SheetLabels): boolean => labels.locale === 'en-US';

/**
 * Minutes after midnight as a clock time in the sheet's language: `1:05 PM` in English (the
 * planner's own wording, as on every other page), `1:05 p.m.` in Spanish (Intl, es-US).
 */
export function clockText(minutes: number, labels: SheetLabels): string {
  if (isEnglish(labels)) return formatClock(minutes);
  const m = ((Math.floor(minutes) % 1440) + 1440) % 1440;
  const text = new Intl.DateTimeFormat(labels.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, Math.floor(m / 60), m % 60)),
  );
  const days = Math.floor(minutes / 1440);
  return days > 0 ? `${text} ${fill(labels.nextDay, { n: days })}` : text;
}

/** A day's heading: `Day 1 · Saturday, March 13, 2027`, `Día 1 · sábado, 13 de marzo de 2027`, or `Day 1` undated. */
export function dayHeading(number: number, date: string, labels: SheetLabels): string {
  const dateText = longDate(date, labels.locale);
  const day = fill(labels.day, { n: number });
  return dateText ? `${day} · ${dateText}` : day;
}

/** The event's dates in words, joined as a list in the sheet's language; empty while undated. */
export function eventDatesIn(dates: readonly string[], labels: SheetLabels): string {
  const words = dates.map((d) => longDate(d, labels.locale)).filter(Boolean);
  // English keeps the planner's `A and B` (Intl would add a serial comma for three or more).
  return isEnglish(labels)
    ? words.join(' and ')
    : new Intl.ListFormat(labels.locale, { type: 'conjunction' }).format(words);
}

/** `Convened by A with B and C` / `Organizado por A junto con B y C`; empty without a convener. */
export function convenedByIn(convener: string, coConveners: readonly string[], labels: SheetLabels): string {
  if (!convener.trim()) return '';
  if (coConveners.length === 0) return fill(labels.convenedBy, { convener });
  const others = isEnglish(labels)
    ? coConveners.length === 1
      ? coConveners[0]!
      : `${coConveners.slice(0, -1).join(', ')} and ${coConveners[coConveners.length - 1]!}`
    : new Intl.ListFormat(labels.locale, { type: 'conjunction' }).format(coConveners);
  return fill(labels.convenedWith, { convener, others });
}

/** The sentence that says every time is the venue's, in the sheet's language. */
export function venueTimesIn(timeZone: string, labels: SheetLabels): string {
  const zone = timeZone.trim();
  return zone ? fill(labels.venueTimes, { zone }) : labels.venueTimesNoZone;
}

/** A chosen goal's title for a sheet: the toolkit's translation, or the convener's own words as typed. */
export interface SheetGoal {
  id: string;
  title: string;
  /** True for a goal the convener wrote: its title is shown as typed, in no particular language. */
  custom: boolean;
}

/** The chosen goals in priority order, with the toolkit's titles in the sheet's language. */
export function sheetGoals(
  goals: Goals,
  toolkitGoals: readonly Pick<GoalContent, 'id' | 'title' | 'shortTitle' | 'titleEs'>[],
  lang: SheetLang,
): SheetGoal[] {
  return chosenGoals(goals, toolkitGoals).map(({ id, title, custom }) => {
    const toolkit = custom ? undefined : toolkitGoals.find((g) => g.id === id);
    return { id, title: lang === 'es' && toolkit ? toolkit.titleEs : title, custom };
  });
}

/** A discussion question's text in the sheet's language. */
export function questionText(question: Pick<Question, 'text' | 'textEs'>, lang: SheetLang): string {
  return lang === 'es' ? question.textEs : question.text;
}

/** A kind of data to bring, worded for a sheet: its label and why it matters. */
export interface DataItemText {
  label: string;
  why: string;
}

/** A kind of data to bring in the sheet's language: the content's label and reason, or their Spanish. */
export function dataItemText(
  option: Pick<DataOption, 'label' | 'labelEs' | 'help' | 'helpEs'>,
  lang: SheetLang,
): DataItemText {
  return lang === 'es' ? { label: option.labelEs, why: option.helpEs } : { label: option.label, why: option.help };
}
