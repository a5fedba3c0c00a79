/** The RSVP statuses of an invitee, in the order an invitation goes through them. */
import type { Invitee, InviteeStatus } from './plan';

export const INVITEE_STATUSES: readonly InviteeStatus[] = ['to-invite', 'invited', 'accepted', 'tentative', 'declined'];

/** How each status reads in the interface. */
export const STATUS_LABELS: Record<InviteeStatus, string> = {
  'to-invite': 'To invite',
  invited: 'Invited',
  accepted: 'Accepted',
  tentative: 'Tentative',
  declined: 'Declined',
};

type Dated = Pick<Invitee, 'status' | 'invitedOn' | 'answeredOn'>;

/**
 * The person after their status changed to `status` on `today`: "invited" fills the invitation
 * date (kept when already set); an answer (accepted, tentative, declined) fills the answer date,
 * kept when set; back to "to invite" clears nothing, so dates typed by hand survive.
 */
export function withStatus<P extends Dated>(person: P, status: InviteeStatus, today: string): P {
  const next = { ...person, status };
  if (status === 'invited' && next.invitedOn === '') next.invitedOn = today;
  const answered = status === 'accepted' || status === 'tentative' || status === 'declined';
  if (answered && next.answeredOn === '') next.answeredOn = today;
  return next;
}
