/**
 * Versioned migrations of saved plans. Each entry turns a plan of version N into version N + 1;
 * `restore()` runs them in order, for stored plans and opened files alike, before validation.
 * A migration sees unvalidated data: it reshapes what it recognises and leaves anything else
 * as it is, so validation afterwards names the field that is wrong.
 */
import { isRealDate } from './dates';

export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Version 1 → 2: each event day owns its agenda items. Version 1 kept `event.days[i]` and
 * `agenda.days[i].items` as two lists in step by index; version 2 has `days[i].items` at the top
 * of the plan and no `agenda`. Items of agenda days beyond the event's days (version 1 refused
 * such plans, so only a hand-edited file has them) join the last day rather than vanish.
 * Version 1 accepted any `dddd-dd-dd` date; version 2 only real ones, so an impossible date
 * (2027-02-30, which version 1 already showed as blank) becomes "not chosen" instead of making
 * the whole plan unreadable.
 */
export function daysOwnTheirItems(plan: Record<string, unknown>): Record<string, unknown> {
  const { agenda, event, ...rest } = plan;
  if (!isRecord(event) || !Array.isArray(event.days)) return plan;
  const { days: eventDays, ...eventRest } = event as Record<string, unknown> & { days: unknown[] };
  const agendaDays: unknown[] = isRecord(agenda) && Array.isArray(agenda.days) ? agenda.days : [];
  const itemsOf = (i: number): unknown[] => {
    const day = agendaDays[i];
    return isRecord(day) && Array.isArray(day.items) ? [...(day.items as unknown[])] : [];
  };
  const days = eventDays.map((day, i) => {
    const items = itemsOf(i);
    if (i === eventDays.length - 1) {
      for (let extra = eventDays.length; extra < agendaDays.length; extra += 1) items.push(...itemsOf(extra));
    }
    if (!isRecord(day)) return day;
    const date = typeof day.date === 'string' && day.date !== '' && !isRealDate(day.date) ? '' : day.date;
    return { ...day, date, items };
  });
  return { ...rest, event: eventRest, days };
}

const squash = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Version 2 → 3.
 * - One co-convener list: the start page's `event.coConveners` names become people on the
 *   invitee list marked as co-conveners ("accepted", category "other", the name as the
 *   organisation), so invitee coverage counts them. A name already on the list as a co-convener
 *   (same organisation or person, any case or spacing) is not added twice.
 * - Fields added with their empty values: the live agenda (`days[].actualStart`,
 *   `items[].actualMinutes`, `items[].heard`), RSVP dates, language, needs and attendance per
 *   person, the RSVP-by date and contact, print preferences, outcomes, edited messages and the
 *   logistics list.
 */
export function oneCoConvenerList(plan: Record<string, unknown>): Record<string, unknown> {
  const { event, days, invitees, ...rest } = plan;
  let coConveners: unknown[] = [];
  let eventOut: unknown = event;
  if (isRecord(event)) {
    const { coConveners: names, ...eventRest } = event;
    coConveners = Array.isArray(names) ? names : [];
    eventOut = { ...eventRest, rsvpBy: '', contact: { name: '', email: '', phone: '' } };
  }
  const people: unknown[] = Array.isArray(invitees)
    ? invitees.map((person) =>
        isRecord(person)
          ? {
              ...person,
              invitedOn: '',
              answeredOn: '',
              remindedOn: '',
              language: '',
              needs: { access: '', dietary: '', interpretation: '', childcare: 0, transport: false, stipend: false },
              attended: false,
            }
          : person,
      )
    : [];
  const known = new Set<string>();
  for (const person of people) {
    if (!isRecord(person) || person.planningRole !== 'co-convener') continue;
    for (const key of [person.organization, person.name])
      if (typeof key === 'string' && key.trim()) known.add(squash(key));
  }
  const ids = new Set(people.map((person) => (isRecord(person) ? person.id : undefined)));
  let n = 0;
  const nextId = (): string => {
    do n += 1;
    while (ids.has(`co-convener-${n}`));
    return `co-convener-${n}`;
  };
  for (const name of coConveners) {
    if (typeof name !== 'string' || name.trim() === '' || known.has(squash(name))) continue;
    known.add(squash(name));
    people.push({
      id: nextId(),
      name: '',
      organization: name.trim(),
      role: '',
      email: '',
      category: 'other',
      status: 'accepted',
      planningRole: 'co-convener',
      mediaRelease: false,
      notes: '',
      invitedOn: '',
      answeredOn: '',
      remindedOn: '',
      language: '',
      needs: { access: '', dietary: '', interpretation: '', childcare: 0, transport: false, stipend: false },
      attended: false,
    });
  }
  const dayList = Array.isArray(days)
    ? days.map((day) =>
        isRecord(day)
          ? {
              ...day,
              actualStart: '',
              items: Array.isArray(day.items)
                ? day.items.map((item: unknown) =>
                    isRecord(item) ? { ...item, actualMinutes: null, heard: '' } : item,
                  )
                : day.items,
            }
          : day,
      )
    : days;
  return {
    ...rest,
    event: eventOut,
    days: dayList,
    invitees: Array.isArray(invitees) || people.length ? people : invitees,
    preferences: { paperSize: 'auto' },
    outcomes: {
      goalsAgreed: [],
      commitments: [],
      assetsConfirmed: [],
      nextMeeting: { date: '', start: '', end: '', place: '' },
      thanks: '',
    },
    messages: [],
    logistics: { currency: 'USD', tentativeSharePercent: 50, lines: [] },
  };
}

/** migrations[n] migrates a plan from version n to n + 1. */
export const migrations: Record<number, Migration> = {
  1: daysOwnTheirItems,
  2: oneCoConvenerList,
};

/**
 * Runs the migrations from `from` up to `to`. Returns null when a step is missing, so the caller
 * can report that this version cannot be read instead of guessing.
 */
export function migrate(
  plan: Record<string, unknown>,
  from: number,
  to: number,
  steps: Record<number, Migration> = migrations,
): Record<string, unknown> | null {
  let current = plan;
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    if (!step) return null;
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}
