import { memo, useState } from 'react';
import { STATUS_LABELS } from '../../domain/invitee-statuses';
import { mailtoHref } from '../../domain/mailto';
import { addressee, type MessageText } from '../../domain/messages';
import { needsSummary } from '../../domain/needs';
import type { Invitee } from '../../domain/plan';
import { copyMessage } from '../../stores/messages';
import { markReminded, setInviteeDate, setRsvpStatus } from '../../stores/rsvp';
import { Select } from '../ui/Select';
import { STATUS_OPTIONS } from '../invitees/options';

interface Props {
  person: Invitee;
  message: MessageText;
  /** Whether the message is in Spanish (marks the copied text's language for screen readers). */
  spanish: boolean;
  due: boolean;
  announce: (text: string) => void;
}

/** One person's RSVP dates, reminder and message: copy it or open it in the mail program. */
export const PersonMessage = memo(function PersonMessage({ person, message, spanish, due, announce }: Props) {
  const [copied, setCopied] = useState(false);
  const link = mailtoHref(person.email, message);
  const needs = needsSummary(person.needs);
  const who = addressee(person);
  const date = (field: 'invitedOn' | 'answeredOn', label: string) => (
    <input
      type="date"
      aria-label={`${label}, ${who}`}
      value={person[field]}
      onChange={(e) => setInviteeDate(person.id, field, e.target.value)}
    />
  );
  return (
    <tr data-person={who}>
      <th scope="row">
        {who}
        <span className="sub">{person.email || 'No email'}</span>
        {spanish && <span className="sub">Messages in Spanish</span>}
        {needs && <span className="sub">{needs}</span>}
      </th>
      <td>
        <Select
          label={`Status of ${who}`}
          labelStyle="hidden"
          value={person.status}
          options={STATUS_OPTIONS}
          onChange={(status) => {
            setRsvpStatus(person.id, status);
            announce(`${who}: ${STATUS_LABELS[status]}.`);
          }}
        />
      </td>
      <td>{date('invitedOn', 'Invited on')}</td>
      <td>{date('answeredOn', 'Answered on')}</td>
      <td>
        {due ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              markReminded(person.id);
              announce(`Reminder to ${who} noted for today.`);
            }}
          >
            Reminder due: mark sent<span className="visually-hidden"> to {who}</span>
          </button>
        ) : person.remindedOn ? (
          `Reminded ${person.remindedOn}`
        ) : (
          '—'
        )}
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="secondary small"
          onClick={() =>
            void copyMessage(message).then((ok) => {
              setCopied(ok);
              announce(ok ? `Message for ${who} copied.` : 'Your browser did not allow copying.');
            })
          }
        >
          {copied ? 'Copied' : 'Copy text'}
          <span className="visually-hidden"> for {who}</span>
        </button>
        {link.ok ? (
          <a className="button secondary small" href={link.value}>
            Open in mail<span className="visually-hidden"> to {who}</span>
          </a>
        ) : (
          <span className="hint">Too long for a mail link: copy it.</span>
        )}
      </td>
    </tr>
  );
});
