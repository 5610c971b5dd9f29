import type { DownloadPlan, DownloadProgress } from "../../engine/protocol";
import { createMD5, type IHasher } from "hash-wasm";
import { t } from "../../i18n/locale";
import { fetchFile } from "./fetch-file";
import { localFile, readLocal, type LocalFiles } from "./local-files";
import {
  SCOPES,
  libraryIsCached,
  modelBaseUrl,
  shardFiles,
  tokenizerFile,
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
import { HostGate } from "./host-gate";
import { runLanes } from "./lanes";
import { ProgressMeter } from "./progress-meter";
import { PART_BYTES } from "./received-body";
import { SerialWriter } from "./serial-writer";
import { DiskFullError } from "./storage-failure";

/**
 * Shard requests in flight: 6, Chromium's connections per host over HTTP/1.1. On a host
 * that caps each connection (a CDN), the download's speed is N times the cap, and web-llm's
 * own loader keeps 4: N = 4 can at best tie it. More than 6 would queue in Chromium behind
 * the busy sockets. A closed tab loses at most the N shards in flight; the worker holds a
 * 4 MB part buffer per lane, received bytes go on into Blobs (received-body.ts;
 * docs/ARCHITECTURE.md, "Downloads").
 */
export const DEFAULT_LANES = 6;

export interface Plan extends Omit<DownloadPlan, "files"> {
  files: PlannedFile[];
  /**
   * What planning already fetched and verified (the config, tensor-cache.json), by URL:
   * the download stores these as they are instead of fetching them again (two more round
   * trips, a redirect each on a real host, before the first shard).
   */
  fetched: Map<string, Blob | object>;
}

/**
 * Downloads every file a model needs to load with no network into web-llm's IndexedDB
 * layout, verified, several shards at once (`lanes`), each written as soon as it is
 * complete; resumable at file granularity (and by HTTP Range within a file).
 */
export class DownloadManager {
  private readonly plans = new Map<string, Plan>();

  constructor(private readonly lanes = DEFAULT_LANES) {}

  /** Fetches the small files that describe a model and lists everything it needs. */
  async plan(source: ModelSource, signal?: AbortSignal): Promise<Plan> {
    const quiet = {
      signal: signal ?? new AbortController().signal,
      onBytes: () => {},
      attempts: 3,
    };
    const { configFile, tensorFile } = describingFiles(source);
    const [configBlob, tensorCache] = await Promise.all([
      fetchFile(configFile, quiet) as Promise<Blob>,
      fetchFile(tensorFile, quiet) as Promise<{ records: TensorCacheShard[] }>,
    ]);
    return this.planFrom(source, configBlob, tensorCache);
  }

  /**
   * The plan of a model whose config and tensor-cache.json are at hand (fetched, or read
   * from a folder): every file it needs, where each is stored, what is stored already.
   */
  private async planFrom(
    source: ModelSource,
    configBlob: Blob,
    tensorCache: { records: TensorCacheShard[] },
  ): Promise<Plan> {
    const base = modelBaseUrl(source.model);
    const { configFile, tensorFile } = describingFiles(source);
    const config = JSON.parse(await configBlob.text()) as {
      tokenizer_files?: string[];
      context_window_size?: number;
    };
    const tokenizerName = tokenizerFile(config.tokenizer_files);
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
    const shardStored = await db.hasEach(shards);
    shards.forEach((s, i) => {
      if (shardStored[i]) storedBytes += s.bytes!;
    });
    const plan = {
      modelId: source.id,
      files,
      weightBytes: shards.reduce((n, s) => n + s.bytes!, 0),
      storedBytes,
      contextWindow: config.context_window_size,
      fetched: new Map<string, Blob | object>([
        [configFile.url, configBlob],
        [tensorFile.url, tensorCache],
      ]),
    };
    this.plans.set(source.id, plan);
    return plan;
  }

  /**
   * `local`: the model's files from a folder the person chose, by name ("library" for its
   * `.wasm`): read instead of fetched, through the same checks and the same writer, so a
   * model from a folder is stored exactly as a downloaded one (issue 22). A file the folder
   * lacks (a built-in model's library) is fetched as usual.
   */
  async download(
    source: ModelSource,
    onProgress: (p: DownloadProgress) => void,
    signal: AbortSignal,
    local?: LocalFiles,
  ): Promise<void> {
    const plan = local
      ? await this.planLocal(source, local)
      : (this.plans.get(source.id) ?? (await this.plan(source, signal)));
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
      checks: plan.files.every((f) => f.kind !== "shard" || f.md5)
        ? "md5"
        : "size",
    };
    const pending: PlannedFile[] = [];
    const stored = await db.hasEach(plan.files);
    plan.files.forEach((f, i) => {
      if (stored[i]) manifest.storedBytes += f.bytes ?? 0;
      else pending.push(f);
    });
    await writeManifest(manifest);

    const meter = new ProgressMeter(
      source.id,
      plan.weightBytes,
      manifest.storedBytes,
      onProgress,
    );
    meter.report(true);
    const gate = new HostGate(this.lanes);
    const writer = new SerialWriter(manifest);
    // One part buffer and one MD5 hasher per lane for the whole download (received-body.ts).
    const parts: Array<Uint8Array<ArrayBuffer>> = [];
    const hashers: IHasher[] = [];
    const fetchAndStore = async (
      file: PlannedFile,
      lane: number,
      laneSignal: AbortSignal,
    ) => {
      const here = local && localFile(local, file);
      const data =
        plan.fetched.get(file.url) ??
        (here
          ? await readLocal(file, here, {
              part: (parts[lane] ??= new Uint8Array(PART_BYTES)),
              md5: file.md5 ? (hashers[lane] ??= await createMD5()) : undefined,
              onBytes: (d) => file.bytes !== undefined && meter.add(d),
              signal: laneSignal,
            })
          : await fetchFile(file, {
              signal: laneSignal,
              gate,
              part: (parts[lane] ??= new Uint8Array(PART_BYTES)),
              md5: file.md5 ? (hashers[lane] ??= await createMD5()) : undefined,
              onBytes: (d) => file.bytes !== undefined && meter.add(d),
            }));
      await writer.store(file, data);
      meter.report();
    };

    const kinds = (...k: PlannedFile["kind"][]) =>
      pending.filter((f) => k.includes(f.kind));
    try {
      // Small files first in the list, so the first lanes take them while the others
      // start on shards (a library that is missing stops the shards within a round trip;
      // waiting for the small files first cost every download a round trip, a redirect
      // and a first byte on a real host). tensor-cache.json last, after every shard is
      // stored, so web-llm's "is it cached?" check (tensor-cache.json plus every shard) can
      // only pass once the whole model is there. A tab closed mid-download loses at most
      // the N shards its lanes hold: each lane receives one shard, then writes it (one
      // write at a time), then takes the next.
      for (const group of [
        kinds("config", "wasm", "tokenizer", "shard"),
        kinds("tensor-cache"),
      ])
        await runLanes(group, this.lanes, gate, signal, fetchAndStore);
    } catch (err) {
      await writer.settled();
      // A full disk pauses the download: every stored file stays, and Resume continues
      // once space is freed. The manifest write is small and may still fit; if it does not,
      // the record says "downloading", which the page shows as paused too.
      if (err instanceof DiskFullError)
        await writeManifest({
          ...manifest,
          state: "paused",
          updatedAt: Date.now(),
        }).catch(() => {});
      throw err;
    } finally {
      await writer.settled();
    }
    manifest.state = "complete";
    manifest.updatedAt = Date.now();
    await writeManifest(manifest);
    meter.finish();
  }

  /** Plans a model from a folder's files: its config and tensor-cache.json as they are there. */
  private async planLocal(
    source: ModelSource,
    local: LocalFiles,
  ): Promise<Plan> {
    const tensorCache = JSON.parse(
      await local.files["tensor-cache.json"].text(),
    ) as { records: TensorCacheShard[] };
    const plan = await this.planFrom(
      source,
      local.files["mlc-chat-config.json"],
      tensorCache,
    );
    // Stored as read from the folder (the config verified like a download's, below).
    plan.fetched.clear();
    return plan;
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

  /**
   * Re-hashes every stored shard against tensor-cache.json's `md5sum`, reading each stored
   * Blob in slices (no shard is held whole). A damaged shard is removed at once, so Repair
   * (a download) fetches exactly those, and the manifest says which files they were.
   * Returns the damaged files' names, or undefined when the model lists no checksums.
   */
  async rehash(
    source: ModelSource,
    onBytes: (done: number, total: number) => void,
  ): Promise<string[] | undefined> {
    const base = modelBaseUrl(source.model);
    const cache = (await db.get(
      SCOPES.model,
      new URL("tensor-cache.json", base).href,
    )) as { records?: TensorCacheShard[] } | undefined;
    const shards = shardFiles(base, cache?.records ?? []);
    if (shards.length === 0 || shards.some((s) => !s.md5)) return undefined;
    const total = shards.reduce((n, s) => n + (s.bytes ?? 0), 0);
    const md5 = await createMD5();
    const damaged: PlannedFile[] = [];
    let done = 0;
    for (const shard of shards) {
      const blob = await db.getBlob(shard.scope, shard.url);
      md5.init();
      if (blob)
        for await (const slice of slices(blob)) {
          md5.update(slice);
          done += slice.byteLength;
          onBytes(done, total);
        }
      if (!blob || md5.digest("hex") !== shard.md5) damaged.push(shard);
    }
    const names = damaged.map((f) => f.url.slice(f.url.lastIndexOf("/") + 1));
    for (const f of damaged) await db.remove(f.scope, f.url);
    const m = await readManifest(source.id);
    if (m)
      await writeManifest({
        ...m,
        checks: "md5",
        storedBytes:
          m.storedBytes - damaged.reduce((n, f) => n + (f.bytes ?? 0), 0),
        ...(damaged.length
          ? {
              state: "damaged",
              // Stored in words, in the language in use when Verify ran.
              problem: t("worker.rehash.damaged", {
                count: damaged.length,
                names: names.join(", "),
              }),
            }
          : {}),
        updatedAt: Date.now(),
      });
    return names;
  }

  /** Which planned files are stored (a cheap count per file). */
  async stored(
    modelId: string,
  ): Promise<{ stored: number; total: number } | undefined> {
    const m = await readManifest(modelId);
    if (!m) return undefined;
    const stored = (await db.hasEach(m.files)).filter(Boolean).length;
    return { stored, total: m.files.length };
  }
}

const SLICE = 8 << 20;

/**
 * A Blob's bytes in 8 MB slices, the next one read while the caller hashes this one. A
 * stream's 64 KB chunks cost hash-wasm a copy into its memory and a call each: Verify of
 * 1 GB took 3.3 times a plain read that way (bench `verify.vs-read-back`).
 */
async function* slices(blob: Blob): AsyncGenerator<Uint8Array> {
  const read = (at: number) =>
    blob
      .slice(at, at + SLICE)
      .arrayBuffer()
      .then((b) => new Uint8Array(b));
  let next = blob.size > 0 ? read(0) : undefined;
  for (let at = 0; next; at += SLICE) {
    const slice = await next;
    next = at + SLICE < blob.size ? read(at + SLICE) : undefined;
    yield slice;
  }
}

/** The two files that describe a model: planned first, stored first and last. */
function describingFiles(source: ModelSource): {
  configFile: PlannedFile;
  tensorFile: PlannedFile;
} {
  const base = modelBaseUrl(source.model);
  return {
    configFile: {
      kind: "config",
      url: new URL("mlc-chat-config.json", base).href,
      scope: SCOPES.config,
      sri: source.integrity?.config,
    },
    tensorFile: {
      kind: "tensor-cache",
      url: new URL("tensor-cache.json", base).href,
      scope: SCOPES.model,
    },
  };
}
