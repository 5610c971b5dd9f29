/**
 * One model per browser: the tab whose worker holds a model holds the Web Lock
 * "hearth-gpu". Another tab asks for it with `ifAvailable` before loading, so it never
 * loads a second copy behind the first one's back; "Take over" asks the holder, over a
 * BroadcastChannel, to unload and let go. The browser frees a closed tab's lock.
 */
const NAME = "hearth-gpu";
const RETRY_MS = 300;

export interface GpuLock {
  /** True when this tab holds the lock now (taking it if no other tab does). */
  tryAcquire(): Promise<boolean>;
  /** Asks the holding tab to let go and waits for the lock; false after `timeoutMs`. */
  takeOver(timeoutMs: number): Promise<boolean>;
  /** Runs in the holding tab when another tab takes over, just before the lock goes. */
  onTakenOver: (() => void) | undefined;
}

type Message = { type: "release" };

export function createGpuLock(
  locks: LockManager,
  channel: BroadcastChannel,
): GpuLock {
  let release: (() => void) | undefined;

  const hold = (options: LockOptions) =>
    new Promise<boolean>((resolve, reject) => {
      locks
        .request(NAME, options, (lock) => {
          if (!lock) return resolve(false);
          resolve(true);
          return new Promise<void>((done) => {
            release = () => {
              release = undefined;
              done();
            };
          });
        })
        .catch(reject);
    });

  const gpuLock: GpuLock = {
    onTakenOver: undefined,
    async tryAcquire() {
      if (release || (await hold({ ifAvailable: true }))) return true;
      // A reloaded tab's old document may let go a moment after the new one asks.
      await new Promise((r) => setTimeout(r, RETRY_MS));
      return hold({ ifAvailable: true });
    },
    async takeOver(timeoutMs) {
      if (release) return true;
      // Queue first, then ask: the lock passes to us the moment the holder lets go.
      const waiting = hold({ signal: AbortSignal.timeout(timeoutMs) }).catch(
        () => false,
      );
      channel.postMessage({ type: "release" } satisfies Message);
      return waiting;
    },
  };
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type !== "release" || !release) return;
    gpuLock.onTakenOver?.();
    release();
  };
  return gpuLock;
}
