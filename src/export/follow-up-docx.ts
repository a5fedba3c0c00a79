/** The written follow-up as an editable Word document; loaded on demand (it brings `docx`). */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { convenedBy } from './agenda-view';
import type { FollowUpView } from './follow-up-view';
import { summaryIntro, summaryTitle } from './follow-up-text';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, text });
const bullet = (runs: TextRun[]) => new Paragraph({ children: runs, bullet: { level: 0 } });
/** A block of text with its line breaks kept. */
const lines = (text: string) =>
  new Paragraph({ children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });

/** The summary (goals, commitments by organisation, what was heard, assets, next meeting, thanks) as .docx bytes. */
export async function followUpDocx(view: FollowUpView): Promise<Uint8Array> {
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: summaryTitle(view) })];
  const by = convenedBy(view.heading);
  if (by) children.push(new Paragraph({ text: by }));
  children.push(new Paragraph({ text: summaryIntro(view) }));
  if (view.goals.length) {
    children.push(heading('Goals we agreed'));
    for (const goal of view.goals) {
      children.push(
        bullet([
          new TextRun({ text: goal.what, bold: true }),
          new TextRun({ text: goal.details.length ? ` — ${goal.details.join('. ')}` : '' }),
        ]),
      );
    }
  }
  if (view.commitments.length) {
    children.push(heading('Who does what next'));
    for (const group of view.commitments) {
      children.push(heading(group.organization, HeadingLevel.HEADING_2));
      for (const c of group.entries) {
        children.push(
          bullet([
            new TextRun({ text: c.person ? `${c.person}: ` : '', bold: true }),
            new TextRun({ text: `${c.what}${c.due ? ` — by ${c.due}` : ''}` }),
          ]),
        );
      }
    }
  }
  if (view.heard.length) {
    children.push(heading('What we heard'));
    for (const day of view.heard) {
      children.push(heading(day.heading, HeadingLevel.HEADING_2));
      for (const s of day.sessions) {
        children.push(heading(`${s.time} · ${s.title}`, HeadingLevel.HEADING_3), lines(s.notes));
      }
    }
  }
  if (view.assets.length) {
    children.push(heading('Assets and opportunities confirmed'));
    for (const a of view.assets)
      children.push(bullet([new TextRun({ text: `${a.kind}: `, bold: true }), new TextRun(a.text)]));
  }
  if (view.nextMeeting) children.push(heading('Next meeting'), new Paragraph({ text: view.nextMeeting }));
  children.push(heading('Thank you'), lines(view.thanks));
  const document = new Document({
    creator: 'Convening Planner',
    title: summaryTitle(view),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
