/** Imported by every island: loads the saved plan and starts saving, once per page. */
import { openIndexedDb, requestPersistentStorage, webStorage, type StorageLike } from '../platform/plan-storage';
import { markBusy, openChannel, windowEvents } from '../platform/window-events';
import { fetchSiteJson } from '../platform/site-data';
import { buildNextSchemaPart, type ChecklistItem } from '../domain/plan';
import { initPersistence } from './persistence';

if (typeof window !== 'undefined') {
  // The first use of localStorage, IndexedDB and BroadcastChannel talks to the browser and took
  // 2–15 ms here: web storage is opened in the next task, the rest in the one after, neither in
  // the task that evaluates the page's scripts.
  let started: (loaded: Promise<unknown>) => void = () => {};
  const loaded = new Promise<unknown>((resolve) => (started = resolve));
  let local: StorageLike | null = null;
  let session: StorageLike | null = null;
  setTimeout(() => {
    local = webStorage('localStorage');
    session = webStorage('sessionStorage');
  }, 0);
  setTimeout(() => {
    requestPersistentStorage();
    const persistence = initPersistence({
      kv: openIndexedDb(),
      local,
      session,
      page: windowEvents(),
      channel: openChannel('convening-planner'),
      // Built from content/checklist.yaml (src/pages/new-plan-tasks.json.ts); read only for a new plan.
      newPlanTasks: async () => {
        const tasks = await fetchSiteJson(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}new-plan-tasks.json`);
        return Array.isArray(tasks) ? (tasks as ChecklistItem[]) : [];
      },
    });
    started(persistence.loaded);
  }, 0);
  // The plan schema is built a part per task, not in the one that evaluates the scripts, so no
  // task blocks for long; whatever is left is built at once if a plan needs checking sooner.
  const buildSchemaPart = () => {
    if (buildNextSchemaPart()) setTimeout(buildSchemaPart, 0);
  };
  setTimeout(buildSchemaPart, 0);
  // Every step's islands show the default plan until the saved one is read: typing into it
  // would be lost when the saved plan replaces it, so the page waits for the load.
  markBusy(document.getElementById('main'), loaded);
}
