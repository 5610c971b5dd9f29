import type { DownloadPlan, DownloadProgress } from "../../engine/protocol";
import { fetchFile } from "./fetch-file";
import {
  SCOPES,
  libraryIsCached,
  modelBaseUrl,
  shardFiles,
  type ModelSource,
  type PlannedFile,
  type TensorCacheShard,
} from "./layout";
import {
  deleteManifest,
  readManifest,
  writeManifest,
  type ModelManifest,
} from "./manifest";
import * as db from "./web-llm-db";

export interface Plan extends Omit<DownloadPlan, "files"> {
  files: PlannedFile[];
}

/**
 * Downloads every file a model needs to load with no network into web-llm's IndexedDB
 * layout, verified, resumable at file granularity (and by HTTP Range within a file).
 */
export class DownloadManager {
  private readonly plans = new Map<string, Plan>();

  /** Fetches the small files that describe a model and lists everything it needs. */
  async plan(source: ModelSource, signal?: AbortSignal): Promise<Plan> {
    const base = modelBaseUrl(source.model);
    const quiet = {
      signal: signal ?? new AbortController().signal,
      onBytes: () => {},
      attempts: 3,
    };
    const configFile: PlannedFile = {
      kind: "config",
      url: new URL("mlc-chat-config.json", base).href,
      scope: SCOPES.config,
      sri: source.integrity?.config,
    };
    const tensorFile: PlannedFile = {
      kind: "tensor-cache",
      url: new URL("tensor-cache.json", base).href,
      scope: SCOPES.model,
    };
    const [config, tensorCache] = await Promise.all([
      fetchFile(configFile, quiet).then(
        (b) =>
          JSON.parse(new TextDecoder().decode(b as ArrayBuffer)) as {
            tokenizer_files?: string[];
            context_window_size?: number;
          },
      ),
      fetchFile(tensorFile, quiet) as Promise<{ records: TensorCacheShard[] }>,
    ]);
    const tokenizerName = config.tokenizer_files?.includes("tokenizer.json")
      ? "tokenizer.json"
      : config.tokenizer_files?.includes("tokenizer.model")
        ? "tokenizer.model"
        : undefined;
    const shards = shardFiles(base, tensorCache.records);
    const files: PlannedFile[] = [
      configFile,
      ...(libraryIsCached(source.modelLib)
        ? [
            {
              kind: "wasm",
              url: source.modelLib,
              scope: SCOPES.wasm,
              sri: source.integrity?.model_lib,
            } as PlannedFile,
          ]
        : []),
      ...(tokenizerName
        ? [
            {
              kind: "tokenizer",
              url: new URL(tokenizerName, base).href,
              scope: SCOPES.model,
              sri: source.integrity?.tokenizer?.[tokenizerName],
            } as PlannedFile,
          ]
        : []),
      ...shards,
      // Last, so web-llm's "is it cached?" check (tensor-cache.json plus every shard) can only
      // pass once every shard is stored.
      tensorFile,
    ];
    let storedBytes = 0;
    for (const s of shards)
      if (await db.has(s.scope, s.url)) storedBytes += s.bytes!;
    const plan = {
      modelId: source.id,
      files,
      weightBytes: shards.reduce((n, s) => n + s.bytes!, 0),
      storedBytes,
      contextWindow: config.context_window_size,
    };
    this.plans.set(source.id, plan);
    return plan;
  }

  async download(
    source: ModelSource,
    onProgress: (p: DownloadProgress) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const plan = this.plans.get(source.id) ?? (await this.plan(source, signal));
    const manifest: ModelManifest = {
      modelId: source.id,
      files: plan.files.map(({ kind, url, scope, bytes }) => ({
        kind,
        url,
        scope,
        bytes,
      })),
      totalBytes: plan.weightBytes,
      storedBytes: 0,
      state: "downloading",
      updatedAt: Date.now(),
    };
    const pending: PlannedFile[] = [];
    for (const f of plan.files) {
      if (await db.has(f.scope, f.url)) manifest.storedBytes += f.bytes ?? 0;
      else pending.push(f);
    }
    await writeManifest(manifest);

    const started = performance.now();
    const startBytes = manifest.storedBytes;
    let inFlight = 0;
    let lastReport = 0;
    const report = (force = false) => {
      const now = performance.now();
      if (!force && now - lastReport < 100) return;
      lastReport = now;
      const done = Math.min(plan.weightBytes, manifest.storedBytes + inFlight);
      const seconds = (now - started) / 1000;
      const rate = seconds > 0.2 ? (done - startBytes) / seconds : 0;
      onProgress({
        modelId: source.id,
        bytesDone: done,
        bytesTotal: plan.weightBytes,
        bytesPerSecond: rate,
        secondsLeft: rate > 0 ? (plan.weightBytes - done) / rate : undefined,
      });
    };
    report(true);

    let spare: ArrayBuffer | undefined;
    const fetchOne = (file: PlannedFile, reuse?: ArrayBuffer) => {
      let counted = 0;
      return fetchFile(file, {
        signal,
        reuse,
        onBytes: (d) => {
          if (file.bytes === undefined) return;
          counted += d;
          inFlight += d;
          report();
        },
      }).then((data) => ({ data, counted }));
    };
    const store = async (
      file: PlannedFile,
      fetched: { data: ArrayBuffer | object; counted: number },
    ) => {
      signal.throwIfAborted();
      await db.put(file.scope, file.url, fetched.data);
      inFlight -= fetched.counted;
      manifest.storedBytes += file.bytes ?? 0;
      manifest.updatedAt = Date.now();
      // Kept current per file so a page closed mid-download reopens showing where it was.
      await writeManifest(manifest);
      report();
    };

    const small = pending.filter(
      (f) => f.kind !== "shard" && f.kind !== "tensor-cache",
    );
    const shards = pending.filter((f) => f.kind === "shard");
    const last = pending.filter((f) => f.kind === "tensor-cache");
    for (const f of small) await store(f, await fetchOne(f));
    // One shard at a time, each written before the next is fetched: a tab closed
    // mid-download loses at most the one shard it was receiving. Overlapping a write with
    // the next fetch would be faster, but Chromium drops a write still in flight when the
    // tab closes (always in a private window, sometimes in a normal one; measured, see
    // docs/ARCHITECTURE.md), which would lose two shards.
    for (const shard of shards) {
      const fetched = await fetchOne(shard, spare);
      await store(shard, fetched);
      // Stored means copied: IndexedDB cloned the bytes when the write was issued.
      if (fetched.data instanceof ArrayBuffer) spare = fetched.data;
    }
    for (const f of last) await store(f, await fetchOne(f));
    manifest.state = "complete";
    manifest.updatedAt = Date.now();
    await writeManifest(manifest);
    report(true);
  }

  /** Marks a download paused: stored files stay, so resuming skips them. */
  async markPaused(modelId: string): Promise<void> {
    const m = await readManifest(modelId);
    if (m && m.state === "downloading")
      await writeManifest({ ...m, state: "paused", updatedAt: Date.now() });
  }

  async markDamaged(modelId: string, problem: string): Promise<void> {
    const m = await readManifest(modelId);
    if (m)
      await writeManifest({
        ...m,
        state: "damaged",
        problem,
        updatedAt: Date.now(),
      });
  }

  /** Removes every artifact of a model, and its manifest. */
  async delete(source: ModelSource): Promise<void> {
    const m = await readManifest(source.id);
    const files = m?.files ?? this.plans.get(source.id)?.files ?? [];
    for (const f of files) await db.remove(f.scope, f.url);
    // web-llm may have cached the config and library itself on an earlier load.
    const base = modelBaseUrl(source.model);
    await db.remove(SCOPES.config, new URL("mlc-chat-config.json", base).href);
    await db.remove(SCOPES.wasm, source.modelLib);
    this.plans.delete(source.id);
    await deleteManifest(source.id);
  }

  /** Which planned files are stored (a cheap count per file). */
  async stored(
    modelId: string,
  ): Promise<{ stored: number; total: number } | undefined> {
    const m = await readManifest(modelId);
    if (!m) return undefined;
    let stored = 0;
    for (const f of m.files) if (await db.has(f.scope, f.url)) stored++;
    return { stored, total: m.files.length };
  }
}
