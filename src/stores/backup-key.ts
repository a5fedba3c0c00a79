/** Where an unreadable saved value is backed up: a key made from the value itself (loaded on demand). */
import { textHash } from '../domain/text-hash';

export const BACKUP_PREFIX = 'backup:';

/** The same value always gets the same key, so it is backed up once however often it is found. */
export const backupKey = (raw: string): string => BACKUP_PREFIX + textHash(raw);
