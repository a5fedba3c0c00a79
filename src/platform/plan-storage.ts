/**
 * The browser's storage APIs and nothing else: IndexedDB (through idb-keyval), localStorage and
 * sessionStorage. What is stored, under which key, and what a revision means is policy, and
 * lives in src/stores/plan-repository.ts.
 */
import { createStore, getMany, keys, promisifyRequest, delMany } from 'idb-keyval';

/** The part of the Web Storage API we use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An asynchronous key-value store: IndexedDB in the browser, a Map in tests. */
export interface KeyValueStore {
  getMany(keys: string[]): Promise<unknown[]>;
  keys(): Promise<string[]>;
  /**
   * Writes `entries` in one transaction. The writes are queued before this returns, so a call
   * made in `pagehide` has started its write. With `check`, the value under `check.key` as it was
   * before the write is passed to `accept`; when it returns false, nothing is written and the
   * promise resolves to false.
   */
  write(entries: [string, unknown][], check?: { key: string; accept: (current: unknown) => boolean }): Promise<boolean>;
  remove(keys: string[]): Promise<void>;
}

/** True for a full storage: IndexedDB reports it as a QuotaExceededError in every engine. */
export function isQuotaError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/** IndexedDB if this browser lets the page use it (not blocked, not a private mode without it). */
export async function openIndexedDb(): Promise<KeyValueStore | null> {
  try {
    const store = createStore('convening-planner', 'plans');
    await keys(store);
    return {
      getMany: (list) => getMany(list, store),
      keys: () => keys<string>(store),
      remove: (list) => delMany(list, store),
      write: (entries, check) =>
        store('readwrite', (objects) => {
          let accepted = true;
          if (check) {
            const request = objects.get(check.key);
            request.onsuccess = () => {
              accepted = check.accept(request.result);
              if (!accepted) objects.transaction.abort();
            };
          }
          for (const [key, value] of entries) objects.put(value, key);
          return promisifyRequest(objects.transaction).then(
            () => true,
            (error: unknown) => {
              if (!accepted) return false;
              throw error;
            },
          );
        }),
    };
  } catch {
    return null;
  }
}

/** Asks the browser not to evict the plans under storage pressure; a refusal changes nothing. */
export function requestPersistentStorage(): void {
  // Where it is not offered, the plans are kept as long as the browser keeps site data.
  void navigator.storage?.persist?.().catch(() => undefined);
}

/** localStorage or sessionStorage if it can be used at all, else null (blocked, some private modes). */
export function webStorage(kind: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    const storage = globalThis[kind];
    storage.getItem('convening-planner:probe');
    return storage;
  } catch {
    return null;
  }
}
