/** The frame every print page shares: the toolbar, the paper size and the event heading. */
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import type { SheetLabels } from '../../domain/content-schemas';
import { PAPER_LABELS, resolvePaperSize } from '../../domain/paper-size';
import type { Plan } from '../../domain/plan';
import type { EventHeadingView } from '../../export/agenda-view';
import { href } from '../../lib/paths';
import { retitlePrintPage } from '../../platform/print-page';
import { EventHeading } from './PrintParts';

/** The export page every print page goes back to. */
export const EXPORT_HREF = href('export/');

interface Props {
  /** Names the sheet's styles: `print-agenda participant`, `print-checklist` ... */
  className: string;
  /** The plan: its paper setting and venue zone decide the page size. */
  plan: Plan;
  /** The event heading's view; left out by sheets that head each page themselves. */
  heading?: EventHeadingView;
  /** Shown in the toolbar next to the buttons (screen only). */
  toolbarNote?: ReactNode;
  /** The page the toolbar's link goes back to; the export page unless said. */
  back?: { href: string; label: string };
  /**
   * A participant sheet's words and its title in them. In a language other than English the
   * sheet is marked with it (`lang`), and the page's heading and tab title are worded in it.
   */
  sheet?: { labels: SheetLabels; title: string };
  children: ReactNode;
}

/** One print page's React part: everything but the sheet's own content is written here once. */
export function PrintShell({ className, plan, heading, toolbarNote, back, sheet, children }: Props) {
  const paper = resolvePaperSize(plan.preferences.paperSize, plan.event.timeZone);
  // print.css names the page size from this attribute (a <style> would need a CSP exception).
  useEffect(() => {
    document.documentElement.dataset.paper = paper;
  }, [paper]);
  const lang = sheet && sheet.labels.lang !== 'en' ? sheet.labels.lang : undefined;
  // Before paint, in the commit that swaps the frame for the view: the heading's text changes
  // in place at the same moment as the sheet, never as a later jump of its own.
  useLayoutEffect(() => {
    if (sheet && lang) retitlePrintPage(sheet.title, lang);
  }, [sheet, lang]);
  return (
    <div className={className} lang={lang}>
      {/* The toolbar is the planner's, for the convener: it stays in the planner's language. */}
      <div className="print-toolbar no-print" lang={lang && 'en'}>
        <button type="button" onClick={() => window.print()}>
          Print this page
        </button>
        <a href={back?.href ?? EXPORT_HREF}>{back?.label ?? 'Back to export'}</a>
        <span className="hint">
          Prints on {PAPER_LABELS[paper]} paper
          {plan.preferences.paperSize === 'auto' ? ', from the venue’s time zone' : ''} (change it on the export page).
        </span>
        {toolbarNote}
      </div>
      {heading && <EventHeading plan={plan} view={heading} labels={sheet?.labels} />}
      {children}
    </div>
  );
}
