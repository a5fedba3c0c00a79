import { useState } from 'react';
import { copyEmailText, type FollowUpEmail } from '../../stores/follow-up-files';

/** The email text, its copy button and the mail link (or why there is none). */
export default function EmailText({ email }: { email: FollowUpEmail }) {
  const [copied, setCopied] = useState('');
  return (
    <div className="email-text">
      <div className="field">
        <label htmlFor="fu-email-subject">Subject</label>
        <input id="fu-email-subject" type="text" readOnly value={email.subject} />
      </div>
      <div className="field">
        <label htmlFor="fu-email-body">Email text</label>
        <textarea id="fu-email-body" readOnly rows={10} value={email.body} />
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void copyEmailText(email).then((ok) => {
              if (ok) return setCopied('Copied the email text. Paste it into your message.');
              (document.getElementById('fu-email-body') as HTMLTextAreaElement | null)?.select();
              setCopied('This browser did not let the page copy. The text is selected: press Ctrl+C (⌘C on a Mac).');
            })
          }
        >
          Copy the email text
        </button>
        {email.mailto && (
          <a className="button secondary" href={email.mailto}>
            Open in your mail program
          </a>
        )}
      </div>
      {!email.mailto && (
        <p className="hint">The summary is too long for a mail link; copy the text and paste it into a new message.</p>
      )}
      <p role="status">{copied}</p>
    </div>
  );
}
