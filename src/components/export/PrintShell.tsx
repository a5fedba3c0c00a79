/** The frame every print page shares: the toolbar and the event heading. */
import type { ReactNode } from 'react';
import type { Plan } from '../../domain/plan';
import type { EventHeadingView } from '../../export/agenda-view';
import { href } from '../../lib/paths';
import { EventHeading } from './PrintParts';

/** The export page every print page goes back to. */
export const EXPORT_HREF = href('export/');

interface Props {
  /** Names the sheet's styles: `print-agenda participant`, `print-checklist` ... */
  className: string;
  /** The event heading's plan and view; left out by sheets that head each page themselves. */
  heading?: { plan: Plan; view: EventHeadingView };
  /** Shown in the toolbar next to the buttons (screen only). */
  toolbarNote?: ReactNode;
  /** The page the toolbar's link goes back to; the export page unless said. */
  back?: { href: string; label: string };
  children: ReactNode;
}

/** One print page's React part: everything but the sheet's own content is written here once. */
export function PrintShell({ className, heading, toolbarNote, back, children }: Props) {
  return (
    <div className={className}>
      <div className="print-toolbar no-print">
        <button type="button" onClick={() => window.print()}>
          Print this page
        </button>
        <a href={back?.href ?? EXPORT_HREF}>{back?.label ?? 'Back to export'}</a>
        {toolbarNote}
      </div>
      {heading && <EventHeading plan={heading.plan} view={heading.view} />}
      {children}
    </div>
  );
}
