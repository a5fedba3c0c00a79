/**
 * RSVP actions shared by the invitee list and the messages page: status changes that fill the
 * invitation and answer dates, the dates typed by hand, and reminders sent. In a module of its
 * own so the messages page does not load the invitee list's import and validation rules.
 */
import { isRealDate, localIsoDate } from '../domain/dates';
import type { Invitee, InviteeStatus } from '../domain/plan';
import { withStatus } from '../domain/invitee-statuses';
import { $plan, updatePart } from './plan';

const setList = (label: string, change: (list: Invitee[]) => Invitee[], group: string | null = null) =>
  updatePart('invitees', label, change, group);

/** Changes one person's status from the messages page (the same rule as the invitee list's). */
export function setRsvpStatus(id: string, status: InviteeStatus, now: Date = new Date()): void {
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person || person.status === status) return;
  const today = localIsoDate(now);
  setList(`change the status of ${person.name}`, (list) =>
    list.map((p) => (p.id === id ? withStatus(p, status, today) : p)),
  );
}

/** Sets a person's invitation, answer or reminder date ('' clears it); typing in one is one step. */
export function setInviteeDate(id: string, field: 'invitedOn' | 'answeredOn' | 'remindedOn', date: string): void {
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person || person[field] === date || (date !== '' && !isRealDate(date))) return;
  setList(
    `change a date of ${person.name}`,
    (list) => list.map((p) => (p.id === id ? { ...p, [field]: date } : p)),
    `invitee.${id}.${field}`,
  );
}

/** Notes that a reminder went to the person today (the reminder is then not due for a week). */
export function markReminded(id: string, now: Date = new Date()): void {
  const today = localIsoDate(now);
  const person = $plan.get().invitees.find((p) => p.id === id);
  if (!person || person.remindedOn === today) return;
  setList(`note the reminder to ${person.name}`, (list) =>
    list.map((p) => (p.id === id ? { ...p, remindedOn: today } : p)),
  );
}
