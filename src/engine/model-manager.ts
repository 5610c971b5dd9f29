import { signal } from "@preact/signals";
import { entries } from "idb-keyval";
import { t } from "../i18n/locale";
import { createStore } from "../storage/idb-store";
import { StorageError } from "../storage/storage-error";
import type { CatalogEntry } from "./catalog";
import { sourceOf } from "./catalog";
import type { EngineClient } from "./engine-client";
import { EngineError } from "./errors";
import { checkFolderModel, type FolderModel } from "./folder-scan";
import { originOf, storedSource, type StoredOrigin } from "./stored-source";
import type {
  CacheReport,
  DownloadProgress,
  LocalFiles,
  ModelSource,
  SaveResult,
} from "./protocol";
import type { CustomModelStore } from "../storage/custom-models";
import {
  checkAddModelInput,
  customEntry,
  type AddModelInput,
} from "./custom-model";
import {
  checkSpace,
  diskFullAdvice,
  estimate as storageEstimate,
  probeSpace,
  type StorageEstimate,
} from "./storage-check";

/** Mirrors the worker's manifest records (src/worker/downloads/manifest.ts). */
interface StoredManifest {
  modelId: string;
  totalBytes: number;
  storedBytes: number;
  state: "downloading" | "paused" | "complete" | "damaged";
  problem?: string;
  checks?: "md5" | "size";
  files?: Array<{ kind: string; url: string }>;
}

export type ModelState =
  | { kind: "none" }
  | { kind: "downloading"; progress: DownloadProgress }
  | { kind: "paused"; storedBytes: number; totalBytes: number }
  | {
      kind: "ready";
      bytes: number;
      /** "md5": every shard hashed; "size": none listed a checksum; undefined: never hashed. */
      checks?: "md5" | "size";
    }
  | { kind: "damaged"; problem: string; bytes: number };

export interface Deps {
  client: EngineClient;
  customModels?: CustomModelStore;
  estimate?: () => Promise<StorageEstimate | undefined>;
  probe?: (bytes: number) => Promise<string | undefined>;
  persist?: () => Promise<boolean>;
  /** A model's name for messages (the catalog's); the id when not given. */
  nameOf?: (modelId: string) => string | undefined;
}

// The worker writes the manifests; the page only reads them, through one connection.
const manifests = createStore("hearth-models", "downloads");

/**
 * Downloads, states and deletion of models, for the model manager panel and the load
 * flow. The worker does the work; this keeps what the UI shows.
 */
export class ModelManager {
  readonly states = signal<Record<string, ModelState>>({});
  /** Whether the browser agreed to keep our storage (asked on the first download). */
  readonly persisted = signal<boolean | undefined>(undefined);
  private readonly active = new Map<string, string>();
  /** Where each model on disk was downloaded from (its manifest's URLs), by id. */
  private origins = new Map<string, StoredOrigin>();
  private readonly estimate;
  private readonly probe;
  private readonly persist;

  constructor(private readonly deps: Deps) {
    this.estimate = deps.estimate ?? storageEstimate;
    this.probe = deps.probe ?? probeSpace;
    this.persist =
      deps.persist ??
      (() => navigator.storage?.persist?.() ?? Promise.resolve(false));
  }

  state(modelId: string): ModelState {
    return this.states.value[modelId] ?? { kind: "none" };
  }

  /** Reads what is stored without starting the worker. */
  async refresh(): Promise<void> {
    const rows = await entries<string, StoredManifest>(manifests).catch(
      () => [],
    );
    const next: Record<string, ModelState> = {};
    for (const [, m] of rows) next[m.modelId] = toState(m);
    this.origins = new Map(
      rows.flatMap(([, m]) => {
        const origin = originOf(m.files);
        return origin ? [[m.modelId, origin] as const] : [];
      }),
    );
    this.interrupted = rows
      .filter(
        ([, m]) => m.state === "downloading" && !this.active.has(m.modelId),
      )
      .map(([, m]) => m.modelId);
    // A download running in this page knows better than the record it is writing.
    for (const [id, s] of Object.entries(this.states.value)) {
      if (s.kind === "downloading" && this.active.has(id)) next[id] = s;
    }
    this.states.value = next;
    if (navigator.storage?.persisted)
      this.persisted.value = await navigator.storage
        .persisted()
        .catch(() => undefined);
  }

  /**
   * Continues downloads that were under way when the page closed (not those the user
   * paused): from the files already stored, never from zero.
   */
  resumeInterrupted(catalog: readonly CatalogEntry[]): void {
    for (const id of this.interrupted) {
      const entry = catalog.find((e) => e.id === id);
      if (entry) void this.ensureDownloaded(entry, () => {}).catch(() => {});
    }
    this.interrupted = [];
  }
  private interrupted: string[] = [];

  /**
   * Makes sure every file of the model is stored, downloading what is missing. Refuses,
   * before fetching a single weight, when the space is not there. Resolves false when the
   * download was paused or cancelled.
   */
  async ensureDownloaded(
    entry: CatalogEntry,
    onProgress: (p: DownloadProgress) => void,
  ): Promise<boolean> {
    if (this.state(entry.id).kind === "ready") return true;
    // A folder's copy paused (or stopped by a full disk) goes on from the same folder.
    const folder = this.folders.get(entry.id);
    if (folder) return this.run(entry, onProgress, folder);
    const { client } = this.deps;
    const source = this.sourceFor(entry);
    const plan = await client.plan(source);
    const refusal = checkSpace(
      plan.weightBytes - plan.storedBytes,
      await this.estimate(),
    );
    if (refusal) throw new EngineError("quota", refusal);
    const proven = await this.probe(plan.weightBytes - plan.storedBytes);
    if (proven) throw new EngineError("quota", proven);
    return this.run(entry, onProgress);
  }

  /** Stores a model that passed the space checks: downloaded, or read from `local`. */
  private async run(
    entry: CatalogEntry,
    onProgress: (p: DownloadProgress) => void,
    local?: LocalFiles,
  ): Promise<boolean> {
    const { client } = this.deps;
    const source = this.sourceFor(entry);
    if (this.persisted.value !== true)
      this.persisted.value = await this.persist().catch(() => false);

    const { requestId, done } = client.download(
      source,
      (progress) => {
        this.set(entry.id, { kind: "downloading", progress });
        onProgress(progress);
      },
      local,
    );
    this.active.set(entry.id, requestId);
    try {
      return (await done) === null;
    } catch (err) {
      if (err instanceof EngineError && err.code === "disk-full" && err.bytes) {
        this.active.delete(entry.id);
        await this.refresh();
        throw new EngineError(
          "disk-full",
          diskFullAdvice(err.bytes, this.heldBesides(entry.id)),
          err.bytes,
        );
      }
      throw err;
    } finally {
      this.active.delete(entry.id);
      await this.refresh();
    }
  }

  /** Every other model with bytes on disk, by name: what could be deleted to make room. */
  private heldBesides(modelId: string) {
    return Object.entries(this.states.value)
      .filter(([id]) => id !== modelId)
      .map(([id, s]) => ({
        name: this.deps.nameOf?.(id) ?? id,
        bytes: bytesOnDisk(s),
      }));
  }

  /**
   * Copies a model from a folder into storage, checked file by file as a download is
   * (issue 22). A built-in model of the same id becomes that model, stored where its
   * download would be; any other needs its library in the folder and becomes a model of
   * the person's own. Resolves with its entry once stored; nothing of a refused one stays.
   */
  async loadFolder(
    model: FolderModel,
    catalog: readonly CatalogEntry[],
    onStart: (entry: CatalogEntry) => void,
    /** The library's address, for a folder without one that no built-in model matches. */
    libraryUrl?: string,
  ): Promise<CatalogEntry | undefined> {
    const check = await checkFolderModel(model);
    if (!check.ok) throw new EngineError("folder", check.problem);
    const builtIn = catalog.find((e) => e.id === model.id && !e.custom);
    if (!builtIn && !model.library && !libraryUrl)
      throw new NeedsLibraryError(model);
    const entry = builtIn ?? folderEntry(model, check, catalog, libraryUrl);
    const refusal =
      checkSpace(check.weightBytes, await this.estimate()) ??
      (await this.probe(check.weightBytes));
    if (refusal) throw new EngineError("quota", refusal);
    onStart(entry);
    const local = {
      files: check.files,
      ...(model.library ? { library: model.library } : {}),
    };
    this.folders.set(entry.id, local);
    try {
      const complete = await this.run(entry, () => {}, local);
      if (entry.custom) await this.saveCustom(entry);
      if (complete) this.folders.delete(entry.id);
      return complete ? entry : undefined;
    } catch (err) {
      // A refused folder leaves nothing; a full disk leaves a paused copy to resume.
      if (!(err instanceof EngineError && err.code === "disk-full"))
        this.folders.delete(entry.id);
      // The disk-full message already says what to do; a save the same full disk
      // refuses must not replace it (the paused copy still resumes in this page).
      else if (entry.custom)
        await this.deps.customModels?.save(entry).catch(() => {});
      throw err;
    }
  }
  /** Folders whose copy is not finished, for Resume in this page (their Files live here). */
  private readonly folders = new Map<string, LocalFiles>();

  /**
   * What the worker fetches, stores and loads for `entry`: the catalog's URLs (the model
   * hosts in use), except for a model already on disk, which keeps the URLs it was stored
   * under. Its files are keyed by those URLs (web-llm's layout), so a mirror set or reset
   * after a download neither fetches it again nor leaves its bytes unreachable.
   */
  sourceFor(entry: CatalogEntry): ModelSource {
    const source = sourceOf(entry);
    return entry.custom
      ? source
      : storedSource(source, this.origins.get(entry.id));
  }

  /**
   * Writes a stored model's files into `folder` as they are published, in the worker.
   * `done` resolves with what was written, or `stopped` after `stopSaving`.
   */
  saveToFolder(
    entry: CatalogEntry,
    folder: FileSystemDirectoryHandle,
    onBytes: (done: number, total: number) => void,
  ): { requestId: string; done: Promise<SaveResult> } {
    return this.deps.client.saveToFolder(
      this.sourceFor(entry),
      folder,
      onBytes,
    );
  }

  stopSaving(requestId: string): void {
    this.deps.client.cancel(requestId);
  }

  isDownloading(modelId: string): boolean {
    return this.active.has(modelId);
  }

  pause(modelId: string): void {
    const id = this.active.get(modelId);
    if (id) this.deps.client.stopDownload(id, "pause");
  }

  cancel(modelId: string): void {
    const id = this.active.get(modelId);
    if (id) this.deps.client.stopDownload(id, "cancel");
  }

  async delete(entry: CatalogEntry): Promise<void> {
    await this.deps.client.deleteModel(this.sourceFor(entry));
    await this.refresh();
  }

  /**
   * Validates a user's model by fetching its mlc-chat-config.json and tensor-cache.json,
   * then keeps it. Throws an Error whose message says what is wrong, in plain words.
   */
  async addCustom(
    input: AddModelInput,
    taken: ReadonlySet<string>,
  ): Promise<CatalogEntry> {
    const problem = checkAddModelInput(input);
    if (problem) throw new Error(problem);
    const probe = customEntry(input, { weightBytes: 0 }, taken);
    let plan;
    try {
      plan = await this.deps.client.plan(sourceOf(probe));
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(t("engine.addModel.notFound", { detail }));
    }
    const entry = customEntry(input, plan, taken);
    await this.saveCustom(entry);
    return entry;
  }

  /** Keeps the user's own model across reloads, or says in words why it cannot. */
  private async saveCustom(entry: CatalogEntry): Promise<void> {
    try {
      await this.deps.customModels?.save(entry);
    } catch (err) {
      const code = StorageError.from(err).code;
      throw new Error(
        t(code === "quota" ? "models.add.storageFull" : "models.add.notSaved", {
          name: entry.name,
        }),
      );
    }
  }

  async removeCustom(entry: CatalogEntry): Promise<void> {
    await this.delete(entry);
    await this.deps.customModels?.remove(entry.id);
  }

  /**
   * Asks the worker whether web-llm's own `hasModelInCache` finds the model and whether
   * every file of it is stored; a model that fails either is marked damaged.
   */
  async verify(
    entry: CatalogEntry,
    onBytes?: (done: number, total: number) => void,
  ): Promise<CacheReport> {
    const report = await this.deps.client.inspect(
      this.sourceFor(entry),
      onBytes,
    );
    // The worker re-hashed the shards, removed the damaged ones and said so in the manifest.
    await this.refresh();
    if (report.damaged?.length) return report;
    const complete =
      report.webllmHasModel &&
      report.totalFiles > 0 &&
      report.storedFiles === report.totalFiles;
    if (!complete) {
      this.markDamaged(
        entry.id,
        t("engine.stored.filesMissing", {
          count: report.totalFiles - report.storedFiles,
          total: report.totalFiles,
        }),
      );
    }
    return report;
  }

  markDamaged(modelId: string, problem: string): void {
    const s = this.state(modelId);
    const bytes = s.kind === "ready" ? s.bytes : 0;
    this.set(modelId, { kind: "damaged", problem, bytes });
  }

  private set(modelId: string, state: ModelState): void {
    this.states.value = { ...this.states.value, [modelId]: state };
  }
}

function toState(m: StoredManifest): ModelState {
  switch (m.state) {
    case "complete":
      return { kind: "ready", bytes: m.storedBytes, checks: m.checks };
    case "damaged":
      return {
        kind: "damaged",
        problem: m.problem ?? t("engine.stored.damaged"),
        bytes: m.storedBytes,
      };
    // A download the page was running when it closed is, now, a paused one.
    case "downloading":
    case "paused":
      return {
        kind: "paused",
        storedBytes: m.storedBytes,
        totalBytes: m.totalBytes,
      };
  }
}

/** Where a folder's own model is filed: an address that is never fetched (.invalid). */
export const FOLDER_HOST = "folder.hearth.invalid";

/**
 * A folder holds no library and no built-in model shares its id: the person must give
 * one (its address, or its `.wasm` file), and the UI asks for it.
 */
export class NeedsLibraryError extends EngineError {
  constructor(readonly model: FolderModel) {
    super("folder", t("engine.folder.noLibrary", { model: model.id }));
  }
}

function folderEntry(
  model: FolderModel,
  check: { weightBytes: number; contextWindow?: number },
  catalog: readonly CatalogEntry[],
  libraryUrl?: string,
): CatalogEntry {
  const base = `https://${FOLDER_HOST}/${encodeURIComponent(model.id)}`;
  const entry = customEntry(
    {
      modelUrl: base,
      libraryUrl: model.library
        ? `${base}/${encodeURIComponent(model.library.name)}`
        : libraryUrl!,
      name: model.id,
    },
    check,
    new Set(catalog.map((e) => e.id)),
  );
  return {
    ...entry,
    host: model.library
      ? t("engine.folder.host")
      : t("engine.folder.hostWithLibrary", { host: new URL(libraryUrl!).host }),
  };
}

/** How much of a model this device holds, whatever its state. */
export function bytesOnDisk(state: ModelState): number {
  switch (state.kind) {
    case "ready":
    case "damaged":
      return state.bytes;
    case "paused":
      return state.storedBytes;
    case "downloading":
      return state.progress.bytesDone;
    case "none":
      return 0;
  }
}
