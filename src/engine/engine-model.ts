import { computed, signal, type ReadonlySignal } from "@preact/signals";
import { t } from "../i18n/locale";
import type { CatalogEntry } from "./catalog";
import { DEFAULT_MODEL_ID, findEntry, sourceOf } from "./catalog";
import type { EngineClient } from "./engine-client";
import type { GpuLock } from "./gpu-lock";
import { EngineError, type FailureCode } from "./errors";
import {
  assessAll,
  smallerModel,
  suggestModel,
  type DeviceProfile,
  type Fit,
} from "./fit-advisor";
import { chooseVariant, probeGpu, type GpuReport } from "./gpu";
import type { ModelManager } from "./model-manager";
import { rehost, type ModelHosts } from "./model-hosts";
import type {
  DownloadProgress,
  LoadProgress,
  ModelDefaults,
  Usage,
} from "./protocol";

export type EngineStatus =
  | { kind: "idle" }
  | { kind: "loading"; modelId: string; progress: LoadProgress }
  | { kind: "ready"; modelId: string }
  | { kind: "generating"; modelId: string }
  | { kind: "failed"; modelId: string; code: FailureCode; detail: string };

export type GpuStatus = { kind: "checking" } | GpuReport;

/** What EngineModel is given besides the catalog and the worker client; each part optional. */
export interface EngineModelOptions {
  /** Asks the browser for a GPU; tests pass a fixed report. */
  probe?: () => Promise<GpuReport>;
  /** Downloads a model before it loads; absent, the engine fetches its own files. */
  models?: ModelManager;
  /** `navigator.deviceMemory`, for the fit advisor. */
  deviceMemoryGB?: number;
  /** One model per browser (gpu-lock.ts); absent where Web Locks are missing. */
  gpuLock?: GpuLock;
  /** Where built-in models come from (hosts-model.ts); absent, web-llm's own URLs. */
  hosts?: ReadonlySignal<ModelHosts>;
}

/** A crash sooner than this after an automatic restart is left to the user (Reload model). */
const RESTART_COOLDOWN_MS = 60_000;

/** The engine's state for the UI: GPU, chosen model, load progress, last speed. */
export class EngineModel {
  readonly gpu = signal<GpuStatus>({ kind: "checking" });
  readonly status = signal<EngineStatus>({ kind: "idle" });
  readonly selectedId = signal(DEFAULT_MODEL_ID);
  /** One sentence on why the selection differs from what was asked for. */
  readonly selectionReason = signal<string | undefined>(undefined);
  readonly gpuLabel = signal<string | undefined>(undefined);
  /** The loaded model's own sampling defaults, shown beside empty settings fields. */
  readonly modelDefaults = signal<ModelDefaults>({});
  readonly lastUsage = signal<Usage | undefined>(undefined);
  /** Something the engine did on its own that the user should know (a restart). */
  readonly notice = signal<string | undefined>(undefined);
  private lastRestart = -Infinity;
  /** Another tab holds the GPU (see gpu-lock.ts); this tab can take over. */
  readonly gpuBusy = signal(false);

  /** web-llm's prebuilt models and the user's own, as given (before the hosts apply). */
  private readonly entries = signal<readonly CatalogEntry[]>([]);
  /**
   * The same list with every built-in model pointed at the model hosts in use, so each
   * source made from it (sourceOf) fetches from the mirror; custom models keep their URLs.
   */
  readonly catalogSignal = computed(() => {
    const hosts = this.hosts?.value;
    return hosts
      ? this.entries.value.map((e) => rehost(e, hosts))
      : this.entries.value;
  });
  get catalog(): readonly CatalogEntry[] {
    return this.catalogSignal.value;
  }

  readonly selected = computed(() =>
    findEntry(this.catalog, this.selectedId.value),
  );
  /** The device as the fit advisor sees it; undefined until an adapter is found. */
  readonly profile = computed<DeviceProfile | undefined>(() => {
    const gpu = this.gpu.value;
    return gpu.kind === "ok"
      ? { gpu, deviceMemoryGB: this.deviceMemoryGB }
      : undefined;
  });
  /** Every model's fit on this device, by id (empty without an adapter). */
  readonly fits = computed(() => {
    const profile = this.profile.value;
    return profile ? assessAll(this.catalog, profile) : new Map<string, Fit>();
  });
  readonly selectedFit = computed(() => {
    const id = this.selected.value?.id;
    return id ? this.fits.value.get(id) : undefined;
  });
  readonly suggestion = computed(() => {
    const profile = this.profile.value;
    return profile ? suggestModel(this.catalog, profile) : undefined;
  });
  readonly canLoad = computed(() => {
    const gpu = this.gpu.value.kind;
    const busy = ["loading", "generating"].includes(this.status.value.kind);
    return gpu === "ok" && !busy && this.selected.value !== undefined;
  });

  private readonly probe: () => Promise<GpuReport>;
  readonly models?: ModelManager;
  private readonly deviceMemoryGB?: number;
  private readonly gpuLock?: GpuLock;
  private readonly hosts?: ReadonlySignal<ModelHosts>;

  constructor(
    catalog: readonly CatalogEntry[],
    private readonly client: EngineClient,
    options: EngineModelOptions = {},
  ) {
    this.probe = options.probe ?? (() => probeGpu(navigator.gpu));
    this.models = options.models;
    this.deviceMemoryGB = options.deviceMemoryGB;
    const gpuLock = (this.gpuLock = options.gpuLock);
    this.hosts = options.hosts;
    this.entries.value = catalog;
    if (gpuLock) gpuLock.onTakenOver = () => this.unloadForOtherTab();
    client.onCrash = () =>
      // After the failed requests have settled, so their failure is what we recover from.
      setTimeout(() => void this.restartAfterCrash());
  }

  /** Adds the user's own models to the catalog (replacing any with the same id). */
  addModels(entries: readonly CatalogEntry[]): void {
    const ids = new Set(entries.map((e) => e.id));
    this.entries.value = [
      ...this.entries.value.filter((e) => !ids.has(e.id)),
      ...entries,
    ];
  }

  removeModel(id: string): void {
    this.entries.value = this.entries.value.filter((e) => e.id !== id);
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
    this.notice.value = undefined;
    this.selectedId.value = choice.entry.id;
    this.selectionReason.value = choice.reason;
  }

  async load(): Promise<void> {
    const entry = this.selected.value;
    if (!entry || !this.canLoad.value) return;
    const modelId = entry.id;
    this.modelDefaults.value = {};
    this.status.value = {
      kind: "loading",
      modelId,
      progress: { phase: "starting", fraction: 0, elapsedSeconds: 0 },
    };
    if (this.gpuLock && !(await this.gpuLock.tryAcquire())) {
      this.gpuBusy.value = true;
      this.status.value = { kind: "idle" };
      return;
    }
    this.gpuBusy.value = false;
    try {
      // Our download manager stores every file first, verified; web-llm's reload then
      // finds them all cached and fetches nothing.
      if (this.models) {
        const offline =
          typeof navigator !== "undefined" && navigator.onLine === false;
        if (this.models.state(modelId).kind !== "ready" && offline) {
          throw new EngineError("offline", t("engine.load.offline"));
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
      const { gpuLabel, defaults } = await this.client.load(
        // A model on disk loads from where it was stored (model-manager.ts, sourceFor).
        this.models?.sourceFor(entry) ?? sourceOf(entry),
        (progress) => {
          this.status.value = { kind: "loading", modelId, progress };
        },
      );
      this.gpuLabel.value = gpuLabel;
      this.modelDefaults.value = defaults ?? {};
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

  /** Asks the tab that holds the GPU to let go, then loads the selected model here. */
  async takeOver(): Promise<void> {
    if (!this.gpuLock || !this.gpuBusy.value) return;
    this.gpuBusy.value = false;
    const modelId = this.selectedId.value;
    this.status.value = {
      kind: "loading",
      modelId,
      progress: { phase: "starting", fraction: 0, elapsedSeconds: 0 },
    };
    const got = await this.gpuLock.takeOver(15_000);
    this.status.value = { kind: "idle" };
    if (got) await this.load();
    else this.gpuBusy.value = true;
  }

  private unloadForOtherTab(): void {
    this.status.value = { kind: "idle" };
    this.client.terminate(t("engine.gpuLock.takenOver"));
    this.notice.value = t("engine.gpuLock.unloadedNotice");
  }

  /** The model the advisor would try next after the GPU gave out, if any. */
  readonly smaller = computed(() => {
    const status = this.status.value;
    const profile = this.profile.value;
    if (status.kind !== "failed" || !profile) return undefined;
    return smallerModel(this.catalog, profile, status.modelId);
  });

  /** After a lost GPU: a fresh worker and the next smaller model that should fit. */
  async useSmaller(): Promise<void> {
    const next = this.smaller.value;
    if (!next || this.status.value.kind !== "failed") return;
    this.client.terminate();
    this.status.value = { kind: "idle" };
    this.select(next.id);
    await this.load();
  }

  /** A dead worker is replaced and the same model loaded again, once a minute at most. */
  private async restartAfterCrash(): Promise<void> {
    const status = this.status.value;
    if (status.kind === "idle") return;
    if (status.kind === "failed" && status.code !== "worker-crashed") return;
    if (performance.now() - this.lastRestart < RESTART_COOLDOWN_MS) return;
    this.lastRestart = performance.now();
    this.status.value = { kind: "idle" };
    this.select(status.modelId);
    this.notice.value = t("engine.restart.loadingNotice");
    await this.load();
    if ((this.status.value as EngineStatus).kind === "ready")
      this.notice.value = t("engine.restart.doneNotice");
    else this.notice.value = undefined;
  }

  private fail(modelId: string, err: unknown): void {
    // Unloaded on purpose (another tab took over): the requests it ended are no failure.
    if (this.status.value.kind === "idle") return;
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
