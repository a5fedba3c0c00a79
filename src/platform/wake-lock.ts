/**
 * The Screen Wake Lock API: keeps a phone's screen on while the live agenda is open. The browser
 * drops the lock whenever the page is hidden, so it is asked for again each time the page shows.
 */

/** Whether the screen is being kept on: not yet known, on, or not possible here (`reason` says why). */
export type ScreenLockState = { kind: 'asking' } | { kind: 'on' } | { kind: 'off'; reason: 'unsupported' | 'refused' };

interface Sentinel {
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}
interface WakeLockApi {
  request(type: 'screen'): Promise<Sentinel>;
}

/** Holds the screen on until the returned function is called; `report` hears each change. */
export function holdScreenOn(report: (state: ScreenLockState) => void, doc: Document = document): () => void {
  const api = (doc.defaultView?.navigator as { wakeLock?: WakeLockApi } | undefined)?.wakeLock;
  if (!api) {
    report({ kind: 'off', reason: 'unsupported' });
    return () => {};
  }
  let sentinel: Sentinel | null = null;
  let stopped = false;
  const ask = async () => {
    if (stopped || sentinel || doc.visibilityState !== 'visible') return;
    try {
      const held = await api.request('screen');
      if (stopped) {
        void held.release();
        return;
      }
      sentinel = held;
      held.addEventListener('release', () => {
        if (sentinel === held) sentinel = null;
      });
      report({ kind: 'on' });
    } catch {
      // Refused: battery saver, a policy, or a page that is not visible after all.
      report({ kind: 'off', reason: 'refused' });
    }
  };
  const onVisibility = () => void ask();
  doc.addEventListener('visibilitychange', onVisibility);
  void ask();
  return () => {
    stopped = true;
    doc.removeEventListener('visibilitychange', onVisibility);
    void sentinel?.release();
    sentinel = null;
  };
}
