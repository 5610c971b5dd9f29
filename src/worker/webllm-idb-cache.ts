/**
 * Faster reads for web-llm's IndexedDB cache, as a subclass of web-llm's own
 * `ArtifactIndexedDBCache`. `build/webllm-idb-patch.ts` makes web-llm's `createArtifactCache`
 * build this subclass instead of the stock class (worker bundle only).
 *
 * Stock web-llm 0.2.86 answers "is it stored?" with `store.get()`, so a cached load reads
 * every shard three times and `hasModelInCache` reads them all. Chromium's `getKey()` is
 * no better: it reads the value too (about 10 ms per 4 MB shard, measured in bench/).
 * `count()` reads no value. So:
 * - existence checks are `count()`, all keys of one check in one transaction;
 * - `fetchWithCache` reads the record first and fetches only when it is missing (stock
 *   checks, then reads: two transactions per shard);
 * - a record's bytes may be a `Blob` (what Hearth's download manager stores, issue 10:
 *   Chromium reads an `ArrayBuffer` value whole into the renderer, unwraps it and copies it
 *   again, 2 to 3 times the Cache API's time; a `Blob` comes back as a handle to its file,
 *   and `arrayBuffer()` streams it once, as the Cache API does). web-llm still gets an
 *   `ArrayBuffer` with the same bytes; records stored as `ArrayBuffer` (by web-llm itself,
 *   or by Hearth before issue 10) are read as before;
 * - after `hasAllKeys(list)`, which web-llm runs on the shard list just before loading the
 *   shards in that order, each read also starts reading the next READ_AHEAD shards, so
 *   reads overlap each other and the GPU upload of the shard before.
 * Layout and every other method stay web-llm's.
 */

import { promisifyRequest } from "idb-keyval";

/** The parts of web-llm's class this subclass relies on (checked at build time). */
export interface WebLlmIdbCache {
  db?: IDBDatabase;
  initDB(): Promise<void>;
  isUrlInDB(url: string): Promise<boolean>;
  hasAllKeys(keys: string[]): Promise<boolean>;
  fetchWithCache(
    url: string,
    storetype?: string,
    signal?: AbortSignal,
  ): Promise<unknown>;
  deleteInCache(url: string): Promise<void>;
}
type CacheClass = new (scope: string) => WebLlmIdbCache;

/**
 * Shards read ahead of the one web-llm asks for, each held in memory until asked for (two
 * 32 MB shards of Llama 2: 64 MB). Tried on 512 MB of Blob records (busy 2-core machine):
 * with the page cache cold, four reads in flight took 0.60 to 0.77 of one read's time and
 * two 0.85; warm, no clear difference. Two ahead (three in flight) is the middle.
 */
const READ_AHEAD = 2;

function urls(db: IDBDatabase): IDBObjectStore {
  return db.transaction("urls", "readonly").objectStore("urls");
}

/** How many of `keys` are stored, in one read-only transaction, reading no value. */
async function countStored(db: IDBDatabase, keys: string[]): Promise<number> {
  const store = urls(db);
  const counts = await Promise.all(
    keys.map((k) => promisifyRequest(store.count(k))),
  );
  return counts.filter((c) => c > 0).length;
}

type Stored = { data?: unknown } | undefined;

const subclasses = new WeakMap<CacheClass, CacheClass>();

export function fastIdbCache(Base: CacheClass): CacheClass {
  let Fast = subclasses.get(Base);
  if (Fast) return Fast;
  Fast = class FastIdbCache extends Base {
    /** The shard list of the last `hasAllKeys`, url -> position. */
    private order = new Map<string, number>();
    private list: string[] = [];
    private ahead = new Map<string, Promise<Stored>>();

    override async isUrlInDB(url: string): Promise<boolean> {
      await this.initDB();
      return (await countStored(this.db!, [url])) === 1;
    }

    override async hasAllKeys(keys: string[]): Promise<boolean> {
      await this.initDB();
      if (keys.length > 1) {
        this.list = keys;
        this.order = new Map(keys.map((k, i) => [k, i]));
      }
      return (await countStored(this.db!, keys)) === keys.length;
    }

    override async fetchWithCache(
      url: string,
      storetype?: string,
      signal?: AbortSignal,
    ): Promise<unknown> {
      await this.initDB();
      const pending = this.ahead.get(url);
      this.ahead.delete(url);
      // A read ahead that failed is simply read again; that error, if any, is reported.
      const stored = await (pending?.catch(() => this.read(url)) ??
        this.read(url));
      if (stored?.data == null)
        return super.fetchWithCache(url, storetype, signal);
      this.readAhead(url);
      return stored.data;
    }

    override async deleteInCache(url: string): Promise<void> {
      this.ahead.delete(url);
      return super.deleteInCache(url);
    }

    /** The record of `url`, its bytes as an `ArrayBuffer` however they were stored. */
    private async read(url: string): Promise<Stored> {
      const stored = await promisifyRequest(
        urls(this.db!).get(url) as IDBRequest<Stored>,
      );
      if (stored?.data instanceof Blob)
        return { data: await stored.data.arrayBuffer() };
      return stored;
    }

    private readAhead(url: string): void {
      const at = this.order.get(url);
      if (at === undefined) return;
      for (const next of this.list.slice(at + 1, at + 1 + READ_AHEAD)) {
        if (this.ahead.has(next)) continue;
        const p = this.read(next);
        p.catch(() => {});
        this.ahead.set(next, p);
      }
    }
  };
  subclasses.set(Base, Fast);
  return Fast;
}
