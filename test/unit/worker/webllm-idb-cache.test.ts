import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../../src/worker/downloads/layout";
import { get, put } from "../../../src/worker/downloads/web-llm-db";
import {
  fastIdbCache,
  type WebLlmIdbCache,
} from "../../../src/worker/webllm-idb-cache";

/**
 * A stand-in for web-llm's ArtifactIndexedDBCache with its layout (database per scope,
 * store `urls`, keyPath `url`); its fetchWithCache "downloads", so a test can tell when
 * the subclass fell back to it. The real class is checked by the build patch's test and
 * by bench/cached-load.bench.ts, which compares what it hands web-llm across backends.
 */
class StockCache implements WebLlmIdbCache {
  db?: IDBDatabase;
  fetched: string[] = [];
  constructor(private readonly scope: string) {}
  async initDB(): Promise<void> {
    this.db ??= await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(this.scope, 1);
      req.onupgradeneeded = () =>
        req.result.createObjectStore("urls", { keyPath: "url" });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  async isUrlInDB(): Promise<boolean> {
    throw new Error("the subclass answers this itself");
  }
  async hasAllKeys(): Promise<boolean> {
    throw new Error("the subclass answers this itself");
  }
  async fetchWithCache(url: string): Promise<unknown> {
    this.fetched.push(url);
    return new TextEncoder().encode(`downloaded ${url}`).buffer;
  }
  async deleteInCache(): Promise<void> {}
}

const shard = (i: number) =>
  new Uint8Array(Array.from({ length: 4096 }, (_, j) => (i * 7 + j) % 251))
    .buffer;
const url = (i: number) =>
  `https://models.example/m${i < 0 ? "x" : ""}/resolve/main/params_shard_${Math.abs(i)}.bin`;

/** Writes shard i the old way: `{ url, data: ArrayBuffer }`, as web-llm itself does. */
async function putArrayBuffer(i: number): Promise<void> {
  const c = new StockCache(SCOPES.model);
  await c.initDB();
  await new Promise<void>((resolve, reject) => {
    const tx = c.db!.transaction("urls", "readwrite");
    tx.objectStore("urls").put({ url: url(i), data: shard(i) });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  c.db!.close();
}

const Fast = fastIdbCache(StockCache as never);

describe("Hearth's IndexedDB cache subclass", () => {
  it("the download manager stores bytes as a Blob and reads them back as the same bytes", async () => {
    await put(SCOPES.model, url(0), shard(0));
    await put(SCOPES.config, "https://models.example/c.json", { a: 1 });
    const c = new StockCache(SCOPES.model);
    await c.initDB();
    const raw = await new Promise<{ data: unknown }>((resolve) => {
      const req = c.db!.transaction("urls").objectStore("urls").get(url(0));
      req.onsuccess = () => resolve(req.result);
    });
    c.db!.close();
    expect(raw.data).toBeInstanceOf(Blob);
    expect(
      new Uint8Array((await get(SCOPES.model, url(0))) as ArrayBuffer),
    ).toEqual(new Uint8Array(shard(0)));
    expect(await get(SCOPES.config, "https://models.example/c.json")).toEqual({
      a: 1,
    });
  });

  it("hands web-llm an ArrayBuffer of the stored bytes, Blob records and old ArrayBuffer records alike, in order with reading ahead", async () => {
    // Shards 1 and 3 stored the new way, 2 and 4 the old way (a cache from before issue 10
    // topped up by a newer download); shard 5 is missing.
    for (const i of [1, 3]) await put(SCOPES.model, url(i), shard(i));
    for (const i of [2, 4]) await putArrayBuffer(i);
    const cache = new Fast(SCOPES.model) as WebLlmIdbCache & StockCache;
    const list = [1, 2, 3, 4, 5].map(url);
    expect(await cache.hasAllKeys(list)).toBe(false);
    expect(await cache.hasAllKeys(list.slice(0, 4))).toBe(true);
    for (const i of [1, 2, 3, 4]) {
      const data = await cache.fetchWithCache(url(i), "arraybuffer");
      expect(data).toBeInstanceOf(ArrayBuffer);
      expect(new Uint8Array(data as ArrayBuffer)).toEqual(
        new Uint8Array(shard(i)),
      );
    }
    expect(cache.fetched).toEqual([]);
    // The missing one goes to web-llm's own fetch-and-store.
    const five = await cache.fetchWithCache(url(5), "arraybuffer");
    expect(new TextDecoder().decode(five as ArrayBuffer)).toBe(
      `downloaded ${url(5)}`,
    );
    expect(cache.fetched).toEqual([url(5)]);
    cache.db!.close();
  });

  it("answers a shard asked for out of order with that shard, not the one read ahead", async () => {
    for (const i of [6, 7, 8, 9]) await put(SCOPES.model, url(i), shard(i));
    const cache = new Fast(SCOPES.model) as WebLlmIdbCache & StockCache;
    await cache.hasAllKeys([6, 7, 8, 9].map(url));
    for (const i of [6, 9, 7, 8, 6]) {
      const data = (await cache.fetchWithCache(url(i))) as ArrayBuffer;
      expect(new Uint8Array(data)).toEqual(new Uint8Array(shard(i)));
    }
    cache.db!.close();
  });
});
