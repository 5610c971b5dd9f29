/**
 * What every lane of one download asks before it sends a request: a host that answered 429
 * or 503 ("too many requests", "busy") is left alone until its delay has passed, and the
 * download keeps fewer requests in flight for a while. One gate per download: a model's
 * files come from one host and its CDN, and a host that throttles one lane throttles all.
 */
export class HostGate {
  private notBefore = 0;
  /** Lanes allowed to start a request; halved on each refusal, regrown by successes. */
  private allowed: number;
  private successes = 0;
  private waiters: Array<() => void> = [];

  constructor(private readonly lanes: number) {
    this.allowed = lanes;
  }

  /** How long the host asked us to wait, or a growing backoff when it did not say. */
  static delayMs(retryAfter: string | null, fallbackMs: number): number {
    if (retryAfter) {
      const seconds = Number(retryAfter);
      if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
      const date = Date.parse(retryAfter);
      if (Number.isFinite(date)) return Math.max(0, date - Date.now());
    }
    return fallbackMs;
  }

  /** The host refused: no lane sends before `delayMs` has passed, and fewer lanes send. */
  refused(delayMs: number): void {
    // performance.now() moves forward only; the wall clock can be set back.
    this.notBefore = Math.max(this.notBefore, performance.now() + delayMs);
    this.allowed = Math.max(1, Math.floor(this.allowed / 2));
    this.successes = 0;
  }

  /** A file arrived whole: after a few in a row, one more lane may send again. */
  succeeded(): void {
    if (this.allowed >= this.lanes || ++this.successes < 2) return;
    this.successes = 0;
    this.allowed++;
    this.wake();
  }

  /**
   * Resolves when lane `lane` (0-based) may send a request, or as soon as `nothingLeft()`
   * says there is no file left for it to take (so a held-back lane never waits for ever).
   * Retries of a file a lane holds pass lane 0: only the host's delay applies to them.
   */
  async ready(
    lane: number,
    signal: AbortSignal,
    nothingLeft: () => boolean = () => false,
  ): Promise<void> {
    for (;;) {
      signal.throwIfAborted();
      if (nothingLeft()) return;
      const wait = this.notBefore - performance.now();
      if (wait > 0) await sleep(wait, signal);
      else if (lane >= this.allowed) await this.changed(signal);
      else return;
    }
  }

  /** Wakes held-back lanes to look again (the queue emptied, say). */
  nudge(): void {
    this.wake();
  }

  private changed(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        signal.removeEventListener("abort", stop);
        resolve();
      };
      const stop = () => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(signal.reason);
      };
      this.waiters.push(done);
      signal.addEventListener("abort", stop, { once: true });
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => (clearTimeout(t), reject(signal.reason));
    const t = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve();
    }, ms);
    signal.addEventListener("abort", stop, { once: true });
  });
}
