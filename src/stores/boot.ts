/** Imported by every island: loads the saved plan and starts saving, once per page. */
import { openIndexedDb, requestPersistentStorage, webStorage } from '../platform/plan-storage';
import { markBusy, openChannel, windowEvents } from '../platform/window-events';
import { initPersistence } from './persistence';

if (typeof window !== 'undefined') {
  requestPersistentStorage();
  const { loaded } = initPersistence({
    kv: openIndexedDb(),
    local: webStorage('localStorage'),
    session: webStorage('sessionStorage'),
    page: windowEvents(),
    channel: openChannel('convening-planner'),
  });
  // Every step's islands show the default plan until the saved one is read: typing into it
  // would be lost when the saved plan replaces it, so the page waits for the load.
  markBusy(document.getElementById('main'), loaded);
}
