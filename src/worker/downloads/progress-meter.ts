import type { DownloadProgress } from "../../engine/protocol";

/** How far back the speed looks: long enough to smooth shards landing, short enough to follow the line. */
const WINDOW_MS = 5000;
const EVERY_MS = 100;

/**
 * One progress figure for a whole model, however many lanes are receiving: bytes stored
 * plus bytes received so far in flight, the speed over the last few seconds, and the time
 * left at that speed. Reports at most every 100 ms unless forced.
 */
export class ProgressMeter {
  private done = 0;
  private samples: Array<{ t: number; bytes: number }> = [];
  private lastReport = -Infinity;
  private complete = false;

  constructor(
    private readonly modelId: string,
    private readonly total: number,
    start: number,
    private readonly onProgress: (p: DownloadProgress) => void,
  ) {
    this.done = start;
    this.samples.push({ t: performance.now(), bytes: start });
  }

  /** Bytes received (negative when received bytes are discarded). */
  add(delta: number): void {
    this.done += delta;
    this.report();
  }

  /** The download is stored whole: the one report that may say 100%. */
  finish(): void {
    this.complete = true;
    this.report(true);
  }

  report(force = false): void {
    const now = performance.now();
    if (!force && now - this.lastReport < EVERY_MS) return;
    this.lastReport = now;
    // Every byte received is not every byte stored: the last writes can take seconds on a
    // busy machine, and "100% · 1 s left" must not sit on screen meanwhile.
    const cap = this.complete ? this.total : Math.max(0, this.total * 0.995);
    const done = Math.max(0, Math.min(cap, this.done));
    this.samples.push({ t: now, bytes: done });
    // Keep one sample older than the window, so the speed always spans it once it can.
    while (this.samples.length > 2 && now - this.samples[1].t >= WINDOW_MS)
      this.samples.shift();
    const first = this.samples[0];
    const seconds = (now - first.t) / 1000;
    const rate = seconds > 0.2 ? Math.max(0, done - first.bytes) / seconds : 0;
    this.onProgress({
      modelId: this.modelId,
      bytesDone: done,
      bytesTotal: this.total,
      bytesPerSecond: rate,
      secondsLeft: rate > 0 ? (this.total - done) / rate : undefined,
    });
  }
}
