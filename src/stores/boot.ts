/** Imported by every island: loads the saved plan and starts saving, once per page. */
import { initPersistence } from './persistence';

if (typeof window !== 'undefined') initPersistence();
