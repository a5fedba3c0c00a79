import { useStore } from '@nanostores/react';
import type { MessageTemplate } from '../../domain/content-schemas';
import { messageText, type MessageKind, type MessageLang } from '../../domain/messages';
import { $messages, resetMessageText, setMessageText } from '../../stores/messages';
import { Field } from '../ui/Field';

interface Props {
  kind: MessageKind;
  lang: MessageLang;
  templates: readonly MessageTemplate[];
}

const PLACEHOLDER_HINT =
  'Words in braces are filled in for each person: {name}, {event}, {dates}, {venue}, {goals}, {rsvpBy}, {contact}, {convener}. A line whose value is not in the plan yet is left out.';

/** Edit the text of one message in one language; "back to the suggested text" drops the edit. */
export function MessageEditor({ kind, lang, templates }: Props) {
  const messages = useStore($messages);
  const text = messageText(messages, templates, kind, lang);
  const template = messageText([], templates, kind, lang);
  if (!text || !template) return <p className="notice warn">There is no suggested text for this message.</p>;
  const langAttr = lang === 'es' ? 'es' : undefined;
  return (
    <div className="message-editor">
      <Field label="Subject">
        <input
          type="text"
          lang={langAttr}
          value={text.subject}
          maxLength={300}
          onChange={(e) => setMessageText(kind, lang, { subject: e.target.value, body: text.body }, template)}
        />
      </Field>
      <Field label="Text" hint={PLACEHOLDER_HINT}>
        <textarea
          rows={12}
          lang={langAttr}
          value={text.body}
          maxLength={20000}
          onChange={(e) => setMessageText(kind, lang, { subject: text.subject, body: e.target.value }, template)}
        />
      </Field>
      <div className="actions">
        {text.edited ? (
          <button type="button" className="secondary" onClick={() => resetMessageText(kind, lang)}>
            Back to the suggested text
          </button>
        ) : (
          <span className="hint">This is the suggested text; what you change is kept in your plan.</span>
        )}
      </div>
    </div>
  );
}
