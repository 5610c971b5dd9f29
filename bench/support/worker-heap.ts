import type { CDPSession, Page } from "@playwright/test";

/**
 * Samples the JavaScript memory of a page's dedicated workers through CDP: the V8 heap
 * plus ArrayBuffer backing stores (`Runtime.getHeapUsage`), where downloaded bytes live.
 * Playwright gives no CDP session for a worker, so this attaches through the page's.
 */
export class WorkerHeap {
  private workers: string[] = [];
  private next = 0;
  private replies = new Map<
    number,
    { resolve(r: HeapUsage): void; reject(e: Error): void }
  >();
  private timer: ReturnType<typeof setInterval> | undefined;
  private peak = 0;

  private constructor(private readonly session: CDPSession) {
    session.on("Target.attachedToTarget", (e) => {
      if (e.targetInfo.type === "worker") this.workers.push(e.sessionId);
    });
    session.on("Target.receivedMessageFromTarget", (e) => {
      const m = JSON.parse(e.message) as {
        id?: number;
        result?: HeapUsage;
        error?: { message: string };
      };
      if (m.id === undefined) return; // an event, not a reply
      const waiting = this.replies.get(m.id);
      this.replies.delete(m.id);
      if (m.error) waiting?.reject(new Error(m.error.message));
      else waiting?.resolve(m.result!);
    });
  }

  /** Attaches to the page's workers, the ones already running included. */
  static async attach(page: Page): Promise<WorkerHeap> {
    const heap = new WorkerHeap(await page.context().newCDPSession(page));
    await heap.session.send("Target.setAutoAttach", {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    return heap;
  }

  /** Bytes in use now, summed over the workers. */
  async sample(): Promise<number> {
    if (this.workers.length === 0) throw new Error("no worker to measure");
    const usage = await Promise.all(this.workers.map((w) => this.ask(w)));
    return usage.reduce((n, u) => n + u.usedSize + u.backingStorageSize, 0);
  }

  /** A full garbage collection in every worker, so a measurement starts clean. */
  async collectGarbage(): Promise<void> {
    await Promise.all(
      this.workers.map((w) => this.ask(w, "HeapProfiler.collectGarbage")),
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

  private ask(
    sessionId: string,
    method = "Runtime.getHeapUsage",
  ): Promise<HeapUsage> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.replies.set(id, { resolve, reject });
      void this.session.send("Target.sendMessageToTarget", {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  }
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize: number;
}
