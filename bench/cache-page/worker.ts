/// <reference lib="webworker" />
import * as webllm from "@mlc-ai/web-llm";
import type { ModelSource } from "../../src/engine/protocol";
import { DownloadManager } from "../../src/worker/downloads/download-manager";
import { SCOPES } from "../../src/worker/downloads/layout";
import { ReceivedBody } from "../../src/worker/downloads/received-body";
import { getBlob, put } from "../../src/worker/downloads/web-llm-db";
import { createMD5 } from "hash-wasm";
import { storeDirect, type StoreForm } from "./store-direct";

/**
 * Runs one storage operation and times it. The web-llm side uses web-llm's own cache
 * classes (`createArtifactCache`, reached through a bench-only export added at build
 * time), so the baselines are web-llm's real code, patched or stock as the page was built.
 */
interface ArtifactCache {
  addToCache(url: string, type: string): Promise<void>;
  fetchWithCache(url: string, type: string): Promise<unknown>;
  hasAllKeys(urls: string[]): Promise<boolean>;
}
const tvm = (
  webllm as unknown as {
    __tvmjs: { createArtifactCache(scope: string, o: object): ArtifactCache };
  }
).__tvmjs;
// Every cache made for an op is closed after it, or its open connection would block the
// next "clear" (web-llm's caches keep their IndexedDB connection open).
const opened: ArtifactCache[] = [];
const cache = (cacheType: string) => {
  const c = tvm.createArtifactCache("webllm/model", { cacheType });
  opened.push(c);
  return c;
};
function closeAll(): void {
  for (const c of opened.splice(0)) (c as { db?: IDBDatabase }).db?.close();
}

type Op =
  | { kind: "clear" }
  | { kind: "hearth-download"; source: ModelSource; lanes?: number }
  | { kind: "webllm-download"; urls: string[]; cacheType: string }
  | { kind: "raw-fetch"; urls: string[]; lanes: number }
  | { kind: "receive-sealed"; urls: string[]; lanes: number }
  | { kind: "receive-hashed"; urls: string[]; lanes: number }
  | { kind: "verify"; source: ModelSource }
  | { kind: "read-back"; urls: string[] }
  | { kind: "hash-only"; bytes: number; times: number }
  | { kind: "hold-folder"; base: string; names: string[]; library: string }
  | { kind: "folder-load"; source: ModelSource }
  | { kind: "store-held" }
  | { kind: "browser-blob-download"; urls: string[]; lanes: number }
  | { kind: "cached-load"; urls: string[]; jsonUrl: string; cacheType: string }
  | { kind: "cached-check"; urls: string[]; cacheType: string }
  | {
      kind: "store-direct";
      form: StoreForm;
      jsonUrl: string;
      urls: string[];
      bytes: number;
    };

async function clear(): Promise<void> {
  for (const name of [
    "webllm/model",
    "webllm/config",
    "webllm/wasm",
    "hearth-models",
  ]) {
    // A delete left blocked would make every later open of that database wait for
    // ever; fail loudly instead. Hearth's stores close on versionchange (idb-store.ts).
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () =>
        setTimeout(
          () => reject(new Error(`deleting ${name} is blocked`)),
          10_000,
        );
    });
  }
  for (const key of await caches.keys()) await caches.delete(key);
}

/** Length and a sparse checksum of one shard as a backend returned it. */
function sample(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4093)
    sum = (sum * 31 + bytes[i]) >>> 0;
  return `${bytes.length}:${sum}`;
}
let digest: string[] = [];
let held: { files: Record<string, Blob>; library: Blob } | undefined;

/**
 * A plain fetch past the HTTP cache, its body read from the stream into one recycled
 * buffer, each chunk handed to `take`. Read from the stream, not with `arrayBuffer()`: in
 * this Chromium, `arrayBuffer()` received only 0.66 to 0.78 of what reading the stream
 * does (64 against 95 MB/s on the fast line, 44 against 56 on the CDN-like host), which
 * flattered every figure measured against it.
 */
async function receive(url: string, take: (chunk: Uint8Array) => void) {
  const res = await fetch(url, { cache: "no-store" });
  const reader = res.body!.getReader({ mode: "byob" });
  let buffer = new ArrayBuffer(1 << 20);
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(buffer));
    if (value) {
      buffer = value.buffer as ArrayBuffer;
      take(value);
    }
    if (done) return;
  }
}

/** `work` over `urls`, `lanes` at a time, each lane taking the next when done. */
async function inLanes(
  urls: string[],
  lanes: number,
  work: (url: string, lane: number) => Promise<unknown>,
) {
  const queue = [...urls];
  const lane = async (_: unknown, index: number) => {
    for (let url = queue.shift(); url; url = queue.shift())
      await work(url, index);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

/** One file's body as a Blob made by the browser itself (XHR's "blob" response). */
const browserBlob = (url: string) =>
  new Promise<Blob>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("GET", url);
    xhr.responseType = "blob";
    xhr.onload = () =>
      xhr.status === 200
        ? resolve(xhr.response as Blob)
        : reject(new Error(`${url}: ${xhr.status}`));
    xhr.onerror = () => reject(new Error(`${url}: the connection failed`));
    xhr.send();
  });

async function run(op: Op): Promise<number> {
  digest = [];
  const t0 = performance.now();
  switch (op.kind) {
    case "clear":
      await clear();
      break;
    case "hearth-download":
      await new DownloadManager(op.lanes).download(
        op.source,
        () => {},
        new AbortController().signal,
      );
      break;
    case "webllm-download": {
      // web-llm's fetchTensorCacheInternal: hasAllKeys over the list first (which opens the
      // database once), then four loops over contiguous quarters of the list.
      const c = cache(op.cacheType);
      await c.hasAllKeys(op.urls);
      const quarter = Math.floor(op.urls.length / 4);
      const loop = async (from: number, to: number) => {
        for (let i = from; i < to; i++)
          await c.addToCache(op.urls[i], "arraybuffer");
      };
      await Promise.all([
        loop(0, quarter),
        loop(quarter, 2 * quarter),
        loop(2 * quarter, 3 * quarter),
        loop(3 * quarter, op.urls.length),
      ]);
      break;
    }
    case "raw-fetch":
      // The same files at the same concurrency, received and dropped: what the line gives.
      await inLanes(op.urls, op.lanes, (url) => receive(url, () => {}));
      break;
    case "receive-sealed":
      // Received and kept as Hearth keeps them (4 MB Blob parts, received-body.ts), then
      // dropped: what keeping the bytes costs before anything is stored.
      await inLanes(op.urls, op.lanes, async (url) => {
        const body = new ReceivedBody();
        await receive(url, (chunk) => body.push(chunk));
        return body.blob();
      });
      break;
    case "receive-hashed": {
      // Received, kept and hashed as Hearth does (one MD5 hasher per lane), nothing
      // stored: the ceiling of a download that verifies every byte (issue 20).
      const hashers = await Promise.all(
        Array.from({ length: op.lanes }, () => createMD5()),
      );
      await inLanes(op.urls, op.lanes, async (url, lane) => {
        const body = new ReceivedBody(undefined, hashers[lane]);
        await receive(url, (chunk) => body.push(chunk));
        digest.push(body.digest()!);
        return body.blob();
      });
      break;
    }
    case "verify":
      // Verify in the Models dialog: every stored shard re-hashed against its md5sum.
      if (
        (await new DownloadManager().rehash(op.source, () => {}))?.length !== 0
      )
        throw new Error("verify found damage, or nothing to check");
      break;
    case "read-back":
      // The same shards streamed back from IndexedDB and dropped: Verify's baseline.
      for (const url of op.urls) {
        const reader = (await getBlob(SCOPES.model, url))!.stream().getReader();
        while (!(await reader.read()).done);
      }
      break;
    case "hold-folder": {
      // A model's files fetched into memory (untimed by the bench), standing in for the
      // Files a folder chooser gives: Load from folder's input.
      const files: Record<string, Blob> = {};
      for (const name of op.names)
        files[name] = await (await fetch(op.base + name)).blob();
      held = { files, library: await (await fetch(op.library)).blob() };
      break;
    }
    case "folder-load":
      // Load from folder: the held files through the same checks and writer a download
      // uses (issue 22), MD5 included.
      await new DownloadManager().download(
        op.source,
        () => {},
        new AbortController().signal,
        held,
      );
      break;
    case "store-held":
      // The same shards written into IndexedDB from memory, nothing checked: the baseline.
      for (const [name, blob] of Object.entries(held!.files))
        if (/(^|\/)params_shard_/.test(name))
          await put(SCOPES.model, `held/${name}`, await blob.arrayBuffer());
      break;
    case "hash-only": {
      // MD5 of bytes already in memory, in 8 MB updates: what hashing alone costs here.
      const md5 = await createMD5();
      const bytes = new Uint8Array(op.bytes);
      for (let i = 0; i < op.times; i++)
        for (let at = 0; at < bytes.length; at += 8 << 20)
          md5.update(bytes.subarray(at, at + (8 << 20)));
      digest.push(md5.digest("hex"));
      break;
    }
    case "browser-blob-download":
      // Each body made into a Blob by the browser as it arrives (no byte passes through
      // this worker), then stored, one record per shard as Hearth stores them. Faster, but
      // a dropped connection loses everything received: no resuming with Range.
      await inLanes(op.urls, op.lanes, async (url) =>
        put(SCOPES.model, url, await browserBlob(url)),
      );
      break;
    case "cached-load": {
      // The calls web-llm's fetchTensorCache makes when every shard is cached. What was
      // read is summed up, so the test can check every backend returned the same bytes.
      const c = cache(op.cacheType);
      await c.fetchWithCache(op.jsonUrl, "json");
      if (!(await c.hasAllKeys(op.urls))) throw new Error("not all cached");
      for (const url of op.urls)
        digest.push(
          sample((await c.fetchWithCache(url, "arraybuffer")) as ArrayBuffer),
        );
      break;
    }
    case "store-direct":
      await storeDirect(op.form, op.jsonUrl, op.urls, op.bytes);
      break;
    case "cached-check":
      if (!(await cache(op.cacheType).hasAllKeys(op.urls)))
        throw new Error("not cached");
      break;
  }
  return performance.now() - t0;
}

self.onmessage = async (e: MessageEvent<{ id: number; op: Op }>) => {
  try {
    const ms = await run(e.data.op);
    closeAll();
    self.postMessage({ id: e.data.id, result: { ms, digest } });
  } catch (err) {
    closeAll();
    self.postMessage({ id: e.data.id, result: { error: String(err) } });
  }
};
