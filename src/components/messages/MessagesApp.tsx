import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { useCallback, useMemo, useState } from 'react';
import type { GoalContent, MessageTemplate, StakeholderCategory } from '../../domain/content-schemas';
import { localIsoDate } from '../../domain/dates';
import {
  addressee,
  fillMessage,
  LANGUAGE_LABELS,
  MESSAGE_KIND_LABELS,
  messageText,
  messageValues,
  personLanguage,
  type MessageKind,
  type MessageLang,
} from '../../domain/messages';
import { MESSAGE_KINDS, MESSAGE_LANGUAGES } from '../../domain/plan';
import { reminderDue, rsvpCounts } from '../../domain/rsvp';
import { sheetGoals } from '../../domain/sheet-language';
import { $plan } from '../../stores/plan';
import { optionsFrom, Select } from '../ui/Select';
import { planIsland } from '../ui/plan-island';
import { MessageDetails } from './MessageDetails';
import { MessageEditor } from './MessageEditor';
import { PersonMessage } from './PersonMessage';
import { RsvpCounts } from './RsvpCounts';

export interface MessagesProps {
  templates: MessageTemplate[];
  toolkitGoals: Pick<GoalContent, 'id' | 'title' | 'shortTitle' | 'titleEs'>[];
  categories: StakeholderCategory[];
}

const KIND_OPTIONS = optionsFrom(MESSAGE_KINDS, MESSAGE_KIND_LABELS);
const LANG_OPTIONS = optionsFrom(MESSAGE_LANGUAGES, LANGUAGE_LABELS);
const SHOW_OPTIONS = optionsFrom(['all', 'reminder'] as const, { all: 'Everyone', reminder: 'Needs a reminder' });
const PAGE_SIZE = 25;

/** Messages from the plan, RSVP dates and reminders, per-person copy or mail, the mail-merge CSV. */
export function MessagesAppView({ templates, toolkitGoals, categories }: MessagesProps) {
  const plan = useStore($plan);
  const [kind, setKind] = useState<MessageKind>('invitation');
  const [lang, setLang] = useState<MessageLang>('en');
  const [show, setShow] = useState<'all' | 'reminder'>('all');
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const announce = useCallback(
    (text: string) => setStatus((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  const today = localIsoDate(new Date());
  const { invitees, event } = plan;
  const counts = useMemo(
    () => rsvpCounts(invitees, categories, today, event.rsvpBy),
    [invitees, categories, today, event.rsvpBy],
  );
  // Each language's message lists the toolkit's goals in that language; own goals stay as typed.
  const goalTitles = useMemo(
    () => ({
      en: sheetGoals(plan.goals, toolkitGoals, 'en').map((g) => g.title),
      es: sheetGoals(plan.goals, toolkitGoals, 'es').map((g) => g.title),
    }),
    [plan.goals, toolkitGoals],
  );
  const shown = useMemo(
    () => (show === 'all' ? invitees : invitees.filter((p) => reminderDue(p, today, event.rsvpBy))),
    [show, invitees, today, event.rsvpBy],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const at = Math.min(page, pages);
  const current = { page: at, pages, items: shown.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE) };

  const download = async () => {
    const { exportMailMerge } = await import('../../stores/mail-merge');
    const categoryNames = Object.fromEntries(categories.map((c) => [c.id, c.name]));
    const result = await exportMailMerge(kind, { templates, goalTitles, categoryNames }, 'Download the mail-merge CSV');
    if (result.kind !== 'idle') announce(result.message);
  };

  return (
    <div className="messages-app">
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details every message names</h2>
        <MessageDetails />
      </section>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Message text</h2>
        <div className="field-row">
          <Select label="Message" value={kind} options={KIND_OPTIONS} onChange={setKind} id="message-kind" />
          <Select label="Language" value={lang} options={LANG_OPTIONS} onChange={setLang} id="message-lang" />
        </div>
        <MessageEditor key={`${kind}-${lang}`} kind={kind} lang={lang} templates={templates} />
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People: RSVPs and their {MESSAGE_KIND_LABELS[kind].toLowerCase()}</h2>
        <p className="hint">
          Each person gets the text in their language (set on the invitees page; English when not set). A reminder is
          due a week after the invitation or the last reminder without an answer, and in the three days before the
          answer-by date.
        </p>
        <RsvpCounts counts={counts} />
        <div className="actions list-actions">
          <Select
            label="Show"
            labelStyle="inline"
            id="people-show"
            value={show}
            options={SHOW_OPTIONS}
            onChange={(value) => {
              setShow(value);
              setPage(1);
            }}
          />
          <button type="button" className="secondary" onClick={() => void download()}>
            Download the mail-merge CSV
          </button>
        </div>
        <p role="status" className="status-message">
          {status}
        </p>
        <p className="hint" id="people-count">
          {show === 'reminder'
            ? `${counts.reminders} ${counts.reminders === 1 ? 'person needs' : 'people need'} a reminder.`
            : `${invitees.length} on the list.`}
        </p>
        {current.items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="people-caption" tabIndex={0}>
            <table className="people-messages">
              <caption id="people-caption" className="visually-hidden">
                People, page {current.page} of {current.pages}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col">Invited on</th>
                  <th scope="col">Answered on</th>
                  <th scope="col">Reminder</th>
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {current.items.map((person) => {
                  const personLang = personLanguage(person);
                  const text = messageText(plan.messages, templates, kind, personLang);
                  const message = text
                    ? fillMessage(text, messageValues(plan, goalTitles[personLang], addressee(person), personLang))
                    : { subject: '', body: '' };
                  return (
                    <PersonMessage
                      key={person.id}
                      person={person}
                      message={message}
                      spanish={personLang === 'es'}
                      due={reminderDue(person, today, event.rsvpBy)}
                      announce={announce}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {current.pages > 1 && (
          <nav className="pager actions" aria-label="Pages of people">
            <button type="button" className="secondary" onClick={() => setPage(Math.max(1, current.page - 1))}>
              Previous page
            </button>
            <span>
              Page {current.page} of {current.pages}
            </span>
            <button
              type="button"
              className="secondary"
              onClick={() => setPage(Math.min(current.pages, current.page + 1))}
            >
              Next page
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then MessagesAppView. */
export default planIsland(MessagesAppView);
