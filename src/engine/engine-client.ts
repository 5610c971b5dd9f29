import { t, watchCatalog } from "../i18n/locale";
import { EngineError } from "./errors";
import type {
  CacheReport,
  DownloadPlan,
  DownloadProgress,
  GenerationOptions,
  LoadProgress,
  LoadResult,
  LocalFiles,
  ModelSource,
  PromptMessage,
  Reply,
  Request,
  SaveResult,
  Usage,
} from "./protocol";

export interface Generation {
  requestId: string;
  done: Promise<{ stopped: boolean; usage?: Usage }>;
}

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (err: EngineError) => void;
  onReply?: (reply: Reply) => void;
}

// A worker killed by the browser (out of memory) fires no event at all; a silent worker
// with work in flight is presumed dead after this long.
const HEARTBEAT_MS = 2000;
const HEARTBEAT_MISSES = 5;
// Until it first answers, a worker is still evaluating web-llm's 6.8 MB module, which on a
// busy 2-core machine took longer than 12 s (the add-model and download tests failed with
// "The engine stopped responding" under load): a minute, then.
const STARTUP_MISSES = 30;

/**
 * The main thread's handle on the engine worker. It starts the worker on first use, keeps
 * request ids, and turns the worker's death into an error on every request in flight.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private stopLanguage: (() => void) | undefined;
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private missed = 0;
  /** Whether the current worker has answered anything yet. */
  private answered = false;

  /** Called when the worker dies on its own (not when we end it). */
  onCrash: ((reason: string) => void) | undefined;

  constructor(private readonly createWorker: () => Worker) {}

  get started(): boolean {
    return this.worker !== null;
  }

  load(
    source: ModelSource,
    onProgress: (p: LoadProgress) => void,
  ): Promise<LoadResult> {
    return this.request(
      { type: "load", requestId: this.id(), modelId: source.id, source },
      (reply) => {
        if (reply.type === "progress") onProgress(reply.progress);
      },
    ).then((reply) =>
      reply.type === "loaded"
        ? { gpuLabel: reply.gpuLabel, defaults: reply.defaults }
        : {},
    );
  }

  /** Fetches tensor-cache.json and the config: the exact download size, before any weight. */
  plan(source: ModelSource): Promise<DownloadPlan> {
    return this.request({ type: "plan", requestId: this.id(), source }).then(
      (reply) => (reply as Extract<Reply, { type: "planned" }>).plan,
    );
  }

  download(
    source: ModelSource,
    onProgress: (p: DownloadProgress) => void,
    local?: LocalFiles,
  ): { requestId: string; done: Promise<"pause" | "cancel" | null> } {
    const requestId = this.id();
    const done = this.request(
      { type: "download", requestId, source, ...(local ? { local } : {}) },
      (reply) => {
        if (reply.type === "download-progress") onProgress(reply.progress);
      },
    ).then(
      (reply) => (reply as Extract<Reply, { type: "downloaded" }>).stopped,
    );
    return { requestId, done };
  }

  stopDownload(downloadId: string, mode: "pause" | "cancel"): void {
    this.worker?.postMessage({
      type: "stop-download",
      requestId: this.id(),
      downloadId,
      mode,
    } satisfies Request);
  }

  /** Checks a stored model; `onBytes` follows the re-hash of its shards in bytes. */
  inspect(
    source: ModelSource,
    onBytes: (done: number, total: number) => void = () => {},
  ): Promise<CacheReport> {
    return this.request(
      { type: "inspect", requestId: this.id(), source },
      (reply) => {
        if (reply.type === "inspect-progress")
          onBytes(reply.bytesDone, reply.bytesTotal);
      },
    ).then((reply) => (reply as Extract<Reply, { type: "inspected" }>).report);
  }

  /** Writes a stored model's files into `folder`; `cancel(requestId)` stops it. */
  saveToFolder(
    source: ModelSource,
    folder: FileSystemDirectoryHandle,
    onBytes: (done: number, total: number) => void,
  ): { requestId: string; done: Promise<SaveResult> } {
    const requestId = this.id();
    const done = this.request(
      { type: "save-to-folder", requestId, source, folder },
      (reply) => {
        if (reply.type === "save-progress")
          onBytes(reply.bytesDone, reply.bytesTotal);
      },
    ).then((reply) => (reply as Extract<Reply, { type: "saved" }>).result);
    return { requestId, done };
  }

  deleteModel(source: ModelSource): Promise<void> {
    return this.request({
      type: "delete-model",
      requestId: this.id(),
      source,
    }).then(() => undefined);
  }

  generate(
    messages: PromptMessage[],
    options: GenerationOptions,
    onDelta: (text: string) => void,
  ): Generation {
    const requestId = this.id();
    const done = this.request(
      { type: "generate", requestId, messages, options },
      (reply) => {
        if (reply.type === "delta") onDelta(reply.text);
      },
    ).then((reply) =>
      reply.type === "done"
        ? { stopped: reply.stopped, usage: reply.usage }
        : { stopped: false },
    );
    return { requestId, done };
  }

  cancel(requestId: string): void {
    this.worker?.postMessage({ type: "cancel", requestId } satisfies Request);
  }

  /** Ends the worker and every request in it; the next request starts a fresh one. */
  terminate(reason = t("engine.worker.restarted")): void {
    this.worker?.terminate();
    this.worker = null;
    this.stopLanguage?.();
    this.stopLanguage = undefined;
    this.answered = false;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.reject(new EngineError("worker-crashed", reason));
  }

  private crash(reason: string): void {
    this.terminate(reason);
    this.onCrash?.(reason);
  }

  private id(): string {
    return `r${++this.nextId}`;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<Reply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.crash(event.message || t("engine.worker.crashed"));
    };
    worker.onmessageerror = () => this.crash(t("engine.worker.unreadable"));
    this.worker = worker;
    // The worker's own words (a download's details) follow the page's language.
    this.stopLanguage?.();
    this.stopLanguage = watchCatalog((lang, messages) =>
      worker.postMessage({
        type: "language",
        requestId: "",
        lang,
        messages,
      } satisfies Request),
    );
    return worker;
  }

  private request(
    msg: Request,
    onReply?: (reply: Reply) => void,
  ): Promise<Reply> {
    const worker = this.ensureWorker();
    const result = new Promise<Reply>((resolve, reject) => {
      this.pending.set(msg.requestId, { resolve, reject, onReply });
    });
    worker.postMessage(msg);
    this.watch();
    return result;
  }

  private receive(reply: Reply): void {
    this.missed = 0;
    this.answered = true;
    const pending = this.pending.get(reply.requestId);
    if (!pending) return;
    switch (reply.type) {
      case "progress":
      case "delta":
        pending.onReply?.(reply);
        return;
      case "failed":
        this.pending.delete(reply.requestId);
        pending.reject(EngineError.from(reply.error));
        return;
      case "download-progress":
      case "inspect-progress":
      case "save-progress":
        pending.onReply?.(reply);
        return;
      case "loaded":
      case "done":
      case "pong":
      case "planned":
      case "downloaded":
      case "inspected":
      case "deleted":
      case "saved":
        this.pending.delete(reply.requestId);
        pending.resolve(reply);
        return;
    }
  }

  private watch(): void {
    if (this.heartbeat) return;
    this.missed = 0;
    this.heartbeat = setInterval(() => {
      if (this.pending.size === 0) {
        clearInterval(this.heartbeat);
        this.heartbeat = undefined;
        return;
      }
      if (++this.missed > (this.answered ? HEARTBEAT_MISSES : STARTUP_MISSES)) {
        this.crash(t("engine.worker.stoppedResponding"));
        return;
      }
      const requestId = this.id();
      this.pending.set(requestId, { resolve: () => {}, reject: () => {} });
      this.worker?.postMessage({ type: "ping", requestId } satisfies Request);
    }, HEARTBEAT_MS);
  }
}
