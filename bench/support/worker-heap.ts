import type { BareTab } from "./bare-chromium";

/**
 * Samples the JavaScript memory of a page's dedicated workers through CDP: the V8 heap
 * plus ArrayBuffer backing stores (`Runtime.getHeapUsage`), where downloaded bytes live.
 */
export class WorkerHeap {
  private timer: ReturnType<typeof setInterval> | undefined;
  private peak = 0;

  constructor(private readonly tab: BareTab) {}

  /** Bytes in use now, summed over the workers. */
  async sample(): Promise<number> {
    const { workers } = this.tab;
    if (workers.length === 0) throw new Error("no worker to measure");
    const usage = await Promise.all(
      workers.map((w) =>
        this.tab.send<HeapUsage>("Runtime.getHeapUsage", {}, w),
      ),
    );
    return usage.reduce((n, u) => n + u.usedSize + u.backingStorageSize, 0);
  }

  /** A full garbage collection in every worker, so a measurement starts clean. */
  async collectGarbage(): Promise<void> {
    await Promise.all(
      this.tab.workers.map((w) =>
        this.tab.send("HeapProfiler.collectGarbage", {}, w),
      ),
    );
  }

  /** Starts sampling every `ms`; `stop()` returns the peak seen since. */
  start(ms = 25): void {
    this.peak = 0;
    const tick = () =>
      void this.sample().then(
        (n) => (this.peak = Math.max(this.peak, n)),
        () => {},
      );
    tick();
    this.timer = setInterval(tick, ms);
  }

  async stop(): Promise<number> {
    clearInterval(this.timer);
    this.peak = Math.max(this.peak, await this.sample());
    return this.peak;
  }
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize: number;
}
