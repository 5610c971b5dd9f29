import { computed, signal } from "@preact/signals";
import type { CatalogEntry } from "./catalog";
import { DEFAULT_MODEL_ID, findEntry, sourceOf } from "./catalog";
import type { EngineClient } from "./engine-client";
import { EngineError, type FailureCode } from "./errors";
import { chooseVariant, limitWarnings, probeGpu, type GpuReport } from "./gpu";
import type { ModelManager } from "./model-manager";
import type { DownloadProgress, LoadProgress, Usage } from "./protocol";

export type EngineStatus =
  | { kind: "idle" }
  | { kind: "loading"; modelId: string; progress: LoadProgress }
  | { kind: "ready"; modelId: string }
  | { kind: "generating"; modelId: string }
  | { kind: "failed"; modelId: string; code: FailureCode; detail: string };

export type GpuStatus = { kind: "checking" } | GpuReport;

/** The engine's state for the UI: GPU, chosen model, load progress, last speed. */
export class EngineModel {
  readonly gpu = signal<GpuStatus>({ kind: "checking" });
  readonly status = signal<EngineStatus>({ kind: "idle" });
  readonly selectedId = signal(DEFAULT_MODEL_ID);
  /** One sentence on why the selection differs from what was asked for. */
  readonly selectionReason = signal<string | undefined>(undefined);
  readonly gpuLabel = signal<string | undefined>(undefined);
  readonly lastUsage = signal<Usage | undefined>(undefined);

  /** web-llm's prebuilt models and the user's own, as one list. */
  readonly catalogSignal = signal<readonly CatalogEntry[]>([]);
  get catalog(): readonly CatalogEntry[] {
    return this.catalogSignal.value;
  }

  readonly selected = computed(() =>
    findEntry(this.catalog, this.selectedId.value),
  );
  readonly warnings = computed(() => {
    const entry = this.selected.value;
    return entry ? limitWarnings(entry, this.gpuReport()) : [];
  });
  readonly canLoad = computed(() => {
    const gpu = this.gpu.value.kind;
    const busy = ["loading", "generating"].includes(this.status.value.kind);
    return gpu === "ok" && !busy && this.selected.value !== undefined;
  });

  constructor(
    catalog: readonly CatalogEntry[],
    private readonly client: EngineClient,
    private readonly probe: () => Promise<GpuReport> = () =>
      probeGpu(navigator.gpu),
    readonly models?: ModelManager,
  ) {
    this.catalogSignal.value = catalog;
  }

  /** Adds the user's own models to the catalog (replacing any with the same id). */
  addModels(entries: readonly CatalogEntry[]): void {
    const ids = new Set(entries.map((e) => e.id));
    this.catalogSignal.value = [
      ...this.catalog.filter((e) => !ids.has(e.id)),
      ...entries,
    ];
  }

  removeModel(id: string): void {
    this.catalogSignal.value = this.catalog.filter((e) => e.id !== id);
    if (this.selectedId.value === id) this.select(DEFAULT_MODEL_ID);
  }

  async checkGpu(): Promise<void> {
    this.gpu.value = await this.probe();
    this.select(this.selectedId.value);
  }

  /** Selects a model, swapping in a build this GPU can run and saying why. */
  select(id: string): void {
    const wanted = findEntry(this.catalog, id);
    if (!wanted) return;
    const choice = chooseVariant(this.catalog, wanted, this.gpuReport());
    this.selectedId.value = choice.entry.id;
    this.selectionReason.value = choice.reason;
  }

  async load(): Promise<void> {
    const entry = this.selected.value;
    if (!entry || !this.canLoad.value) return;
    const modelId = entry.id;
    this.status.value = {
      kind: "loading",
      modelId,
      progress: { phase: "starting", fraction: 0, elapsedSeconds: 0 },
    };
    try {
      // Our download manager stores every file first, verified; web-llm's reload then
      // finds them all cached and fetches nothing.
      if (this.models) {
        const offline =
          typeof navigator !== "undefined" && navigator.onLine === false;
        if (this.models.state(modelId).kind !== "ready" && offline) {
          throw new EngineError(
            "offline",
            "The browser reports no network connection.",
          );
        }
        const started = performance.now();
        const complete = await this.models.ensureDownloaded(entry, (p) => {
          this.status.value = {
            kind: "loading",
            modelId,
            progress: downloadProgress(p, started),
          };
        });
        if (!complete) {
          this.status.value = { kind: "idle" };
          return;
        }
      }
      const { gpuLabel } = await this.client.load(
        sourceOf(entry),
        (progress) => {
          this.status.value = { kind: "loading", modelId, progress };
        },
      );
      this.gpuLabel.value = gpuLabel;
      this.status.value = { kind: "ready", modelId };
    } catch (err) {
      this.fail(modelId, err);
    }
  }

  /** Marks the engine busy for one reply; `finish` puts it back, or records the failure. */
  beginGeneration(): string | undefined {
    const status = this.status.value;
    if (status.kind !== "ready") return undefined;
    this.status.value = { kind: "generating", modelId: status.modelId };
    return status.modelId;
  }

  finishGeneration(
    modelId: string,
    outcome: { usage?: Usage } | { error: unknown },
  ): void {
    if ("error" in outcome) {
      const code =
        outcome.error instanceof EngineError ? outcome.error.code : "unknown";
      // A prompt too long for the model leaves the model loaded and usable.
      if (code === "context-window")
        this.status.value = { kind: "ready", modelId };
      else this.fail(modelId, outcome.error);
      return;
    }
    if (outcome.usage) this.lastUsage.value = outcome.usage;
    this.status.value = { kind: "ready", modelId };
  }

  /** After a failure: a fresh worker, then the same model again. */
  async reload(): Promise<void> {
    const status = this.status.value;
    if (status.kind !== "failed") return;
    this.client.terminate();
    this.status.value = { kind: "idle" };
    this.select(status.modelId);
    await this.load();
  }

  private fail(modelId: string, err: unknown): void {
    const e =
      err instanceof EngineError
        ? err
        : new EngineError("unknown", String(err));
    this.status.value = {
      kind: "failed",
      modelId,
      code: e.code,
      detail: e.message,
    };
  }

  private gpuReport(): GpuReport {
    const gpu = this.gpu.value;
    return gpu.kind === "checking" ? { kind: "no-webgpu" } : gpu;
  }
}

function downloadProgress(p: DownloadProgress, started: number): LoadProgress {
  return {
    phase: "fetching",
    fraction: p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 0,
    bytesDone: p.bytesDone,
    bytesTotal: p.bytesTotal,
    bytesPerSecond: p.bytesPerSecond,
    secondsLeft: p.secondsLeft,
    elapsedSeconds: Math.round((performance.now() - started) / 1000),
  };
}
