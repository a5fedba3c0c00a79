import type { KeyValueStore } from '../../src/platform/plan-storage';
import type { ChannelLike, PageEvents } from '../../src/platform/window-events';

const size = (value: unknown) => (typeof value === 'string' ? value.length : JSON.stringify(value).length);

/**
 * An in-memory IndexedDB stand-in. Like IndexedDB, a write is queued (and here applied) when
 * `write` is called; it can be told to fill up, to fail, or to hold writes until `release()`.
 */
export class FakeKeyValueStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  /** Total characters allowed over all values; beyond it a write fails with QuotaExceededError. */
  quota = Infinity;
  /** Every write fails with this error (a broken disk, a closed database). */
  failure: Error | null = null;
  /** When true, writes wait in `held` until `release()` (a write still running). */
  hold = false;
  readonly held: (() => void)[] = [];

  getMany(keys: string[]): Promise<unknown[]> {
    return Promise.resolve(keys.map((key) => this.data.get(key)));
  }

  keys(): Promise<string[]> {
    return Promise.resolve([...this.data.keys()]);
  }

  write(
    entries: [string, unknown][],
    check?: { key: string; accept: (current: unknown) => boolean },
  ): Promise<boolean> {
    const apply = (): boolean => {
      if (this.failure) throw this.failure;
      if (check && !check.accept(this.data.get(check.key))) return false;
      let total = 0;
      for (const [key, value] of this.data) if (!entries.some(([k]) => k === key)) total += size(value);
      for (const [, value] of entries) total += size(value);
      if (total > this.quota)
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      for (const [key, value] of entries) this.data.set(key, value);
      return true;
    };
    if (!this.hold) {
      try {
        return Promise.resolve(apply());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise((resolve, reject) =>
      this.held.push(() => {
        try {
          resolve(apply());
        } catch (error) {
          reject(error as Error);
        }
      }),
    );
  }

  remove(keys: string[]): Promise<void> {
    for (const key of keys) this.data.delete(key);
    return Promise.resolve();
  }

  /** Lets held writes finish, in order. */
  release(): void {
    this.hold = false;
    this.held.splice(0).forEach((run) => run());
  }

  /** Drops held writes, as when a page is killed before its write committed. */
  drop(): void {
    this.held.length = 0;
  }
}

/** Page lifecycle hooks a test fires by hand. */
export class FakePage implements PageEvents {
  name = '';
  private readonly leaveHandlers: (() => void)[] = [];
  private readonly hiddenHandlers: (() => void)[] = [];
  private readonly linkHandlers: (() => void)[] = [];
  private shouldAsk: () => boolean = () => false;

  onLeave(handler: () => void): void {
    this.leaveHandlers.push(handler);
  }
  onHidden(handler: () => void): void {
    this.hiddenHandlers.push(handler);
  }
  onAppLink(handler: () => void): void {
    this.linkHandlers.push(handler);
  }
  askBeforeLeaving(shouldAsk: () => boolean): void {
    this.shouldAsk = shouldAsk;
  }
  readName(): string {
    return this.name;
  }
  writeName(value: string): void {
    this.name = value;
  }

  leave(): void {
    this.leaveHandlers.forEach((handler) => handler());
  }
  followLink(): void {
    this.linkHandlers.forEach((handler) => handler());
  }
  hide(): void {
    this.hiddenHandlers.forEach((handler) => handler());
  }
  /** Whether closing the tab now would ask the user first. */
  wouldAsk(): boolean {
    return this.shouldAsk();
  }
}

/** BroadcastChannel between fake tabs: a message reaches every other channel of the bus. */
export class FakeBus {
  private readonly listeners = new Set<{ from: object; handler: (message: unknown) => void }>();

  channel(): ChannelLike {
    const self = {};
    return {
      post: (message) => {
        for (const l of this.listeners) if (l.from !== self) l.handler(message);
      },
      listen: (handler) => {
        const entry = { from: self, handler };
        this.listeners.add(entry);
        return () => this.listeners.delete(entry);
      },
    };
  }
}
