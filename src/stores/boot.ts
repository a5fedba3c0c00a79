/** Imported by every island: loads the saved plan and starts saving, once per page. */
import { openIndexedDb, requestPersistentStorage, webStorage } from '../platform/plan-storage';
import { openChannel, windowEvents } from '../platform/window-events';
import { initPersistence } from './persistence';

if (typeof window !== 'undefined') {
  requestPersistentStorage();
  initPersistence({
    kv: openIndexedDb(),
    local: webStorage('localStorage'),
    session: webStorage('sessionStorage'),
    page: windowEvents(),
    channel: openChannel('convening-planner'),
  });
}
