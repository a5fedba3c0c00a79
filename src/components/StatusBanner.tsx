import '../stores/boot';
import { useStore } from '@nanostores/react';
import type { ReactNode } from 'react';
import { savePlanFile, saveUnreadableData } from '../stores/files';
import { $corruptBackup, $saveStatus, dismissCorruptBackup, resolveConflict, retrySave } from '../stores/persistence';
import { planIsland } from './ui/plan-island';

/** A change that is not saved: what happened, and the two ways out. */
function NotSavedNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice error" role="alert">
      <p>{children}</p>
      <div className="actions">
        <button type="button" onClick={() => savePlanFile()}>
          Save plan file
        </button>
        <button type="button" className="secondary" onClick={retrySave}>
          Try saving again
        </button>
      </div>
    </div>
  );
}

/** Tells the user, in words, whether their plan is safe, and what to do when it is not. */
export function StatusBannerView() {
  const status = useStore($saveStatus);
  const corrupt = useStore($corruptBackup);
  return (
    <div className="banner">
      {corrupt && (
        <div className="notice error" role="alert">
          <p>
            <strong>Your saved plan could not be read.</strong> {corrupt.error}{' '}
            {corrupt.backupKey
              ? 'A copy of it was kept in this browser as a backup, and you are now looking at a new, empty plan.'
              : 'There was no room to keep a backup copy; it stays where it was, and you are now looking at a new, empty plan. Download it to keep it.'}
          </p>
          <div className="actions">
            <button type="button" onClick={() => saveUnreadableData(corrupt.raw)}>
              Download the unreadable data
            </button>
            <button type="button" className="secondary" onClick={dismissCorruptBackup}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {status.kind === 'memory-only' && (
        <div className="notice warn" role="status">
          <p>
            <strong>Nothing is being saved.</strong> This browser does not let the planner use its storage (private
            window or a blocked setting). Your plan lives only in this tab: save it as a file before you close it.
          </p>
          <button type="button" onClick={() => savePlanFile()}>
            Save plan file
          </button>
        </div>
      )}
      {status.kind === 'quota' && (
        <NotSavedNotice>
          <strong>The browser's storage is full, so your latest changes are not saved.</strong> They are still here in
          this tab. Save the plan as a file now, then free some space (for example clear other sites' data) and try
          again.
        </NotSavedNotice>
      )}
      {status.kind === 'failed' && (
        <NotSavedNotice>
          <strong>Saving failed:</strong> {status.error}. Your changes are still in this tab, and the last version that
          saved is still in this browser; save a plan file to keep the changes.
        </NotSavedNotice>
      )}
      {status.kind === 'conflict' && (
        <div className="notice warn" role="alert">
          <p>
            <strong>This plan was changed in another tab or window.</strong> This tab has changes that are not saved
            yet. Which version do you want to keep?
            {status.theirs && ` The other version is "${status.theirs.event.title || 'Untitled convening'}".`}
          </p>
          <div className="actions">
            <button type="button" onClick={() => void resolveConflict('mine')}>
              Keep this tab's version
            </button>
            {status.theirs ? (
              <button type="button" className="secondary" onClick={() => void resolveConflict('theirs')}>
                Load the other version
              </button>
            ) : (
              <span>The other version cannot be read; keeping this one backs it up first.</span>
            )}
          </div>
        </div>
      )}
      <p className="save-status visually-hidden" role="status">
        {status.kind === 'saved' && status.savedAt ? 'All changes saved in this browser.' : ''}
      </p>
    </div>
  );
}

/** The island: the page's frame until the saved plan is read, then StatusBannerView. */
export default planIsland(StatusBannerView);
