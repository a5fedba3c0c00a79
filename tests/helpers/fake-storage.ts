import type { StorageLike } from '../../src/platform/plan-storage';

/** An in-memory Storage that can be told to fill up or to fail, like a real browser's. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** Total characters allowed (keys + values); beyond it setItem throws a quota error. */
  quota = Infinity;
  /** Name of the DOMException-like error thrown on quota ('QuotaExceededError' or Firefox's). */
  quotaErrorName = 'QuotaExceededError';
  throwOnAccess = false;

  private used(except?: string): number {
    let total = 0;
    for (const [k, v] of this.data) if (k !== except) total += k.length + v.length;
    return total;
  }

  getItem(key: string): string | null {
    if (this.throwOnAccess) throw new Error('SecurityError: access denied');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.throwOnAccess) throw new Error('SecurityError: access denied');
    if (this.used(key) + key.length + value.length > this.quota) {
      const error = new Error('The quota has been exceeded.');
      error.name = this.quotaErrorName;
      throw error;
    }
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}
