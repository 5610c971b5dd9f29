import { expect, test } from "@playwright/test";
import type { BareTab } from "./support/bare-chromium";
import { StaticServer } from "../test/fixtures/static-server";
import { buildCachePages } from "./support/cache-pages";
import { MB, op, profile, run, shardUrls } from "./support/cache-bench";
import { canDropPageCache, dropPageCache } from "./support/drop-caches";
import { SMOKE, median, recordFigure } from "./support/figures";

// Cached loads: the reads web-llm's fetchTensorCache makes when every shard is stored,
// from IndexedDB as Hearth ships it (patched, build/webllm-idb-patch.ts, reading the Blob
// records the download manager writes) against web-llm's Cache API backend; twice, with the
// page cache warm and with it evicted before every read (from disk). Then records stored
// the old way (ArrayBuffer, as web-llm and Hearth before issue 10 write them) against the
// stock backend, and the "is it cached?" check. Shards are written straight from memory,
// not downloaded: this file is about reads, and its budget is 2 minutes
// (docs/BENCHMARKS.md says why these sizes and repeats).
const TOTAL = SMOKE ? 32 * MB : Number(process.env.BENCH_CACHED_MB ?? 384) * MB;
const SHARD = SMOKE ? 4 * MB : 32 * MB;
const OLD_TOTAL = SMOKE ? 8 * MB : 128 * MB;
const CHECK_SHARD = SMOKE ? 64 * 1024 : 1 * MB;
const RUNS = SMOKE ? 1 : 3;
const size = (total: number) =>
  `${total / MB} MB in ${total / SHARD} shards of ${SHARD / MB} MB`;
const range = (r: number[]) =>
  `${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}`;

let pages: StaticServer;
let paths: { patched: string; stock: string };
// Never fetched: every file is stored before it is read.
const ORIGIN = "http://127.0.0.1:9";

test.beforeAll(async () => {
  const built = await buildCachePages();
  paths = built;
  pages = await new StaticServer(built.root).start();
});
test.afterAll(async () => {
  await pages?.stop();
});

test("cached loads: reads against the Cache API (page cache warm and cold) and stock IndexedDB; the cached check", async () => {
  test.setTimeout(8 * 60_000);
  const model = (id: string, total: number, shard = SHARD) => ({
    urls: shardUrls(ORIGIN, id, total / shard),
    jsonUrl: `${ORIGIN}/models/${id}/resolve/main/tensor-cache.json`,
    bytes: shard,
  });
  const cl = model("cl", TOTAL);
  const browser = await profile();
  try {
    // Both pages share the origin's storage.
    const patched = await browser.tab(pages.origin, paths.patched);
    const stock = await browser.tab(pages.origin, paths.stock);
    await op(patched, { kind: "clear" });
    const wrote: Record<string, number> = {};
    for (const form of ["hearth", "cache"])
      wrote[form] = await op(patched, { kind: "store-direct", form, ...cl });

    // What each read handed web-llm, summed up per shard: one entry per model.
    const digests = new Map<string, Set<string>>();
    const read = async (page: BareTab, cacheType: string, m = cl) => {
      const r = await run(page, { kind: "cached-load", cacheType, ...m });
      expect(r.digest).toHaveLength(m.urls.length);
      const seen = digests.get(m.jsonUrl) ?? new Set<string>();
      digests.set(m.jsonUrl, seen.add(r.digest.join(",")));
      return r.ms;
    };
    // Three runs per condition, each a pair read in turn, the first of a pair alternating.
    // Warm: the writes just made left the shards in the page cache, as after a download.
    const cold = !SMOKE && canDropPageCache();
    const conditions = cold ? ["warm", "cold"] : ["warm"];
    for (const condition of conditions) {
      const t = { patched: [] as number[], cache: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        const order =
          i % 2
            ? (["cache", "indexeddb"] as const)
            : (["indexeddb", "cache"] as const);
        for (const cacheType of order) {
          if (condition === "cold") dropPageCache();
          (cacheType === "cache" ? t.cache : t.patched).push(
            await read(patched, cacheType),
          );
        }
      }
      recordFigure({
        id:
          condition === "warm"
            ? "cached-load.vs-cache-api"
            : "cached-load.vs-cache-api.cold",
        title: `Cached load reads, IndexedDB as shipped (patched), page cache ${condition}`,
        unit: "ms",
        value: median(t.patched),
        baseline: {
          title: "web-llm's Cache API backend",
          value: median(t.cache),
        },
        target: { max: 1.0 },
        notes:
          `${size(TOTAL)}; median of ${RUNS} pairs, interleaved; ratio per pair ${range(t.patched.map((p, i) => p / t.cache[i]))}; ` +
          (condition === "cold"
            ? "page cache evicted (drop_caches) before every read"
            : `page cache warm${cold || SMOKE ? "" : "; cold condition skipped: /proc/sys/vm/drop_caches not writable"}`) +
          `; written from memory in ${(wrote.hearth / 1000).toFixed(1)} s (Blob records) and ${(wrote.cache / 1000).toFixed(1)} s (Cache API)`,
      });
    }

    // Records stored the old way (an ArrayBuffer per shard): still read by the patched
    // class, against the stock one reading the same records. Smaller: context, no target.
    const old = model("old", OLD_TOTAL);
    await op(patched, { kind: "store-direct", form: "webllm-idb", ...old });
    const oldTimes = { patched: [] as number[], stock: [] as number[] };
    oldTimes.patched.push(await read(patched, "indexeddb", old));
    oldTimes.stock.push(await read(stock, "indexeddb", old));
    recordFigure({
      id: "cached-load.vs-stock-idb",
      title:
        "Cached load reads of ArrayBuffer records (web-llm's, or Hearth's before issue 10), patched",
      unit: "ms",
      value: median(oldTimes.patched),
      baseline: {
        title: "web-llm's stock IndexedDB backend, same records",
        value: median(oldTimes.stock),
      },
      notes: `${size(OLD_TOTAL)}; one run each (context: the stock backend reads each shard three times); page cache warm`,
    });
    // Every backend and form handed web-llm the same bytes per shard, read ahead or not;
    // the old model's shards are the first shards of the big one, byte for byte.
    const [big, small] = [cl, old].map((m) => [...digests.get(m.jsonUrl)!]);
    expect(big).toHaveLength(1);
    expect(small).toHaveLength(1);
    expect(small[0].split(",")).toEqual(
      big[0].split(",").slice(0, old.urls.length),
    );

    // The "is it cached?" check (hasAllKeys, as hasModelInCache runs it) over 100 shards,
    // stored as web-llm stores them (the stock check reads every value).
    const chk = model("chk", 100 * CHECK_SHARD, CHECK_SHARD);
    await op(patched, { kind: "store-direct", form: "webllm-idb", ...chk });
    const check = { patched: [] as number[], stock: [] as number[] };
    const checkOp = {
      kind: "cached-check",
      urls: chk.urls,
      cacheType: "indexeddb",
    };
    // Five checks as shipped (the target is on them); three stock ones, each reading 100 MB.
    for (let i = 0; i < 5; i++) {
      check.patched.push(await op(patched, checkOp));
      if (i < 3) check.stock.push(await op(stock, checkOp));
    }
    recordFigure({
      id: "cached-check.100-shards",
      title: "Cached check, 100 shards (IndexedDB as shipped)",
      unit: "ms",
      value: median(check.patched),
      baseline: {
        title: "web-llm's stock IndexedDB check",
        value: median(check.stock),
      },
      target: { max: 50, on: "value" },
      notes: `100 shards of ${CHECK_SHARD / MB} MB; median of ${check.patched.length} (stock: ${check.stock.length})`,
    });
  } finally {
    await browser.close();
  }
});
