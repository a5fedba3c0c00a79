/** The written follow-up as Markdown and as email text (with a `mailto:` link when it fits). */
import { convenedBy } from './agenda-view';
import type { FollowUpView } from './follow-up-view';
import { mdBlock, mdInline } from './markdown';

const SECTION = {
  goals: 'Goals we agreed',
  commitments: 'Who does what next',
  heard: 'What we heard',
  assets: 'Assets and opportunities confirmed',
  meeting: 'Next meeting',
  thanks: 'Thank you',
} as const;

/** The email's subject and the title of every version of the summary. */
export function summaryTitle(view: FollowUpView): string {
  return `Follow-up: ${view.heading.title}`;
}

function when(view: FollowUpView): string {
  const where = view.heading.venue ? ` at ${view.heading.venue}` : '';
  return view.dates ? ` on ${view.dates}${where}` : where;
}

/** The opening sentence of the summary. */
export function summaryIntro(view: FollowUpView): string {
  return `Thank you for taking part in ${view.heading.title}${when(view)}. Here is what we agreed and who does what next.`;
}

/** The summary as Markdown, every piece of user text escaped. */
export function followUpMarkdown(view: FollowUpView): string {
  const out = [`# ${mdInline(summaryTitle(view))}`, ''];
  const by = convenedBy(view.heading);
  if (by) out.push(mdInline(by), '');
  out.push(mdInline(summaryIntro(view)), '');
  if (view.goals.length) {
    out.push(`## ${SECTION.goals}`, '');
    view.goals.forEach((goal, i) => {
      out.push(
        `${i + 1}. **${mdInline(goal.what)}**${goal.details.length ? ` — ${mdInline(goal.details.join('. '))}` : ''}`,
      );
    });
    out.push('');
  }
  if (view.commitments.length) {
    out.push(`## ${SECTION.commitments}`, '');
    for (const group of view.commitments) {
      out.push(`### ${mdInline(group.organization)}`, '');
      for (const c of group.entries) {
        const person = c.person ? `**${mdInline(c.person)}**: ` : '';
        out.push(`- ${person}${mdInline(c.what)}${c.due ? ` — by ${c.due}` : ''}`);
      }
      out.push('');
    }
  }
  if (view.heard.length) {
    out.push(`## ${SECTION.heard}`, '');
    for (const day of view.heard) {
      out.push(`### ${mdInline(day.heading)}`, '');
      for (const s of day.sessions) out.push(`**${s.time} · ${mdInline(s.title)}**  `, mdBlock(s.notes), '');
    }
  }
  if (view.assets.length) {
    out.push(`## ${SECTION.assets}`, '');
    for (const a of view.assets) out.push(`- **${mdInline(a.kind)}:** ${mdInline(a.text)}`);
    out.push('');
  }
  if (view.nextMeeting) out.push(`## ${SECTION.meeting}`, '', mdInline(view.nextMeeting), '');
  out.push(`## ${SECTION.thanks}`, '', mdBlock(view.thanks), '');
  return out.join('\n');
}

const indent = (text: string) => text.replace(/\r?\n/g, '\n   ');

/** The summary as plain email text: headings in capitals, lists with dashes. */
export function followUpEmail(view: FollowUpView): { subject: string; body: string } {
  const out = [summaryIntro(view), ''];
  const section = (title: string) => out.push(title.toUpperCase());
  if (view.goals.length) {
    section(SECTION.goals);
    view.goals.forEach((goal, i) => {
      out.push(`${i + 1}. ${goal.what}`);
      for (const d of goal.details) out.push(`   ${d}`);
    });
    out.push('');
  }
  if (view.commitments.length) {
    section(SECTION.commitments);
    for (const group of view.commitments) {
      out.push(group.organization);
      for (const c of group.entries) {
        out.push(`- ${c.person ? `${c.person}: ` : ''}${indent(c.what)}${c.due ? ` (by ${c.due})` : ''}`);
      }
      out.push('');
    }
  }
  if (view.heard.length) {
    section(SECTION.heard);
    for (const day of view.heard) {
      out.push(day.heading);
      for (const s of day.sessions) out.push(`- ${s.title} (${s.time})`, `   ${indent(s.notes)}`);
      out.push('');
    }
  }
  if (view.assets.length) {
    section(SECTION.assets);
    for (const a of view.assets) out.push(`- ${a.kind}: ${indent(a.text)}`);
    out.push('');
  }
  if (view.nextMeeting) {
    section(SECTION.meeting);
    out.push(view.nextMeeting, '');
  }
  out.push(view.thanks);
  return { subject: summaryTitle(view), body: out.join('\n') };
}

/** Mail programs and browsers cut or refuse longer `mailto:` links (about 2,000 characters is safe). */
export const MAILTO_LIMIT = 2000;

/**
 * A `mailto:` link with the subject and body filled in (RFC 6068: percent-encoded UTF-8, line
 * breaks as CRLF), or null when it would be too long to open reliably; then the text is copied.
 */
export function mailtoLink(email: { subject: string; body: string }): string | null {
  const body = email.body.replace(/\r?\n/g, '\r\n');
  const link = `mailto:?subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(body)}`;
  return link.length <= MAILTO_LIMIT ? link : null;
}
