/** The RSVP statuses of an invitee, in the order an invitation goes through them. */
import type { InviteeStatus } from './plan';

export const INVITEE_STATUSES: readonly InviteeStatus[] = ['to-invite', 'invited', 'accepted', 'tentative', 'declined'];
