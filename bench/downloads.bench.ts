import { test, type Page } from "@playwright/test";
import {
  startModelServer,
  type ModelServer,
} from "../test/fixtures/model-server";
import { StaticServer } from "../test/fixtures/static-server";
import { buildCachePages } from "./support/cache-pages";
import { SMOKE, median, recordFigure } from "./support/figures";

// Issue 3's figures, each against a baseline measured in this run: download throughput,
// download time against web-llm's own IndexedDB download, cached-load reads against the
// Cache API and stock IndexedDB, and the "is it cached?" check for 100 shards.
const MB = 1024 * 1024;
// 128 MB rather than the 1 GB: at ~10-20 MB/s of IndexedDB writes on these shared
// 2-core machines, 1 GB times every variant does not fit the 10-minute budget. Ratios, not
// sizes, are what is compared.
const TOTAL = SMOKE ? 32 * MB : 128 * MB;
const SHARD = SMOKE ? 4 * MB : 32 * MB;
const CHECK_SHARD = SMOKE ? 64 * 1024 : 1 * MB;
// One run each: a second cycle of clear-and-download hangs in this page (not yet understood;
// see the issue note), and the 10-minute budget is tight anyway.
const RUNS = 1;
const note = `${TOTAL / MB} MB synthetic model in ${TOTAL / SHARD} shards of ${SHARD / MB} MB; median of ${RUNS}`;

let models: ModelServer;
let patchedPage: StaticServer;
let stockPage: StaticServer;

test.beforeAll(async () => {
  const built = await buildCachePages();
  models = await startModelServer();
  patchedPage = await new StaticServer(built.patched).start();
  stockPage = await new StaticServer(built.stock).start();
});
test.afterAll(async () => {
  await models?.close();
  await patchedPage?.stop();
  await stockPage?.stop();
});

async function op(page: Page, o: object): Promise<number> {
  const r = await page.evaluate(
    (x) =>
      (
        window as unknown as {
          bench(o: object): Promise<{ ms?: number; error?: string }>;
        }
      ).bench(x),
    o,
  );
  if (r.error !== undefined || r.ms === undefined)
    throw new Error(r.error ?? "no result");
  return r.ms;
}

function shardUrls(id: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `${models.origin}/models/${id}/resolve/main/params_shard_${i}.bin`,
  );
}

async function open(page: Page, server: StaticServer) {
  await page.goto(server.origin + "/");
  await page.waitForFunction(() => "bench" in window);
  await op(page, { kind: "clear" });
}

test("downloads: throughput at 100 MB/s, and against web-llm's IndexedDB download", async ({
  page,
}) => {
  test.setTimeout(8 * 60_000);
  const { modelUrl, libraryUrl } = models.addModel({
    id: "dl",
    totalBytes: TOTAL,
    shardBytes: SHARD,
  });
  const source = { id: "dl", model: modelUrl, modelLib: libraryUrl };
  const urls = shardUrls("dl", TOTAL / SHARD);
  await open(page, patchedPage);

  // Held to 100 MB/s, a fast home line: our download against a raw fetch of the same bytes.
  models.throttle(100 * MB);
  const ours100: number[] = [];
  const raw100: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    raw100.push(await op(page, { kind: "raw-fetch", urls }));
    await op(page, { kind: "clear" });
    ours100.push(await op(page, { kind: "hearth-download", source }));
    await op(page, { kind: "clear" });
  }
  const mbps = (ms: number) => TOTAL / MB / (ms / 1000);
  recordFigure({
    id: "download.throughput-100",
    title: "Download throughput, server held to 100 MB/s",
    unit: "MB/s",
    value: mbps(median(ours100)),
    baseline: {
      title: "raw fetch of the same shards",
      value: mbps(median(raw100)),
    },
    target: { min: 0.9 },
    notes: note,
  });

  // Unthrottled loopback, where IndexedDB writes are the bottleneck.
  models.throttle(0);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    theirs.push(
      await op(page, { kind: "webllm-download", urls, cacheType: "indexeddb" }),
    );
    await op(page, { kind: "clear" });
    ours.push(await op(page, { kind: "hearth-download", source }));
    await op(page, { kind: "clear" });
  }
  recordFigure({
    id: "download.vs-webllm-idb",
    title: "Download and store, unthrottled loopback",
    unit: "ms",
    value: median(ours),
    baseline: {
      title: "web-llm's own IndexedDB download (4 lanes)",
      value: median(theirs),
    },
    target: { max: 0.5 },
    notes: `${note}; ours verifies length and stores config, library and tokenizer too`,
  });
});

test("cached loads: reads against the Cache API and stock IndexedDB; the cached check", async ({
  browser,
}) => {
  models.addModel({ id: "cl", totalBytes: TOTAL, shardBytes: SHARD });
  const urls = shardUrls("cl", TOTAL / SHARD);
  const jsonUrl = `${models.origin}/models/cl/resolve/main/tensor-cache.json`;
  const load = async (server: StaticServer, cacheType: string) => {
    const page = await (await browser.newContext()).newPage();
    await open(page, server);
    await op(page, {
      kind: "webllm-download",
      urls: [jsonUrl],
      cacheType,
    }).catch(() => 0);
    await op(page, { kind: "webllm-download", urls, cacheType });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++)
      times.push(
        await op(page, { kind: "cached-load", urls, jsonUrl, cacheType }),
      );
    await page.context().close();
    return median(times);
  };
  const patched = await load(patchedPage, "indexeddb");
  const cacheApi = await load(patchedPage, "cache");
  const stock = await load(stockPage, "indexeddb");
  recordFigure({
    id: "cached-load.vs-cache-api",
    title: "Cached load reads, IndexedDB as shipped (getKey patch)",
    unit: "ms",
    value: patched,
    baseline: { title: "web-llm's Cache API backend", value: cacheApi },
    target: { max: 1.0 },
    notes: `${note}; the calls web-llm's fetchTensorCache makes when all is cached`,
  });
  recordFigure({
    id: "cached-load.vs-stock-idb",
    title: "Cached load reads, IndexedDB as shipped (getKey patch)",
    unit: "ms",
    value: patched,
    baseline: { title: "web-llm's stock IndexedDB backend", value: stock },
    notes: note,
  });

  // The "is it cached?" check (hasAllKeys, as hasModelInCache runs it) over 100 shards.
  models.addModel({
    id: "chk",
    totalBytes: 100 * CHECK_SHARD,
    shardBytes: CHECK_SHARD,
  });
  const checkUrls = shardUrls("chk", 100);
  const check = async (server: StaticServer) => {
    const page = await (await browser.newContext()).newPage();
    await open(page, server);
    await op(page, {
      kind: "webllm-download",
      urls: checkUrls,
      cacheType: "indexeddb",
    });
    const times: number[] = [];
    for (let i = 0; i < Math.max(3, RUNS); i++)
      times.push(
        await op(page, {
          kind: "cached-check",
          urls: checkUrls,
          cacheType: "indexeddb",
        }),
      );
    await page.context().close();
    return median(times);
  };
  const checkPatched = await check(patchedPage);
  const checkStock = await check(stockPage);
  recordFigure({
    id: "cached-check.100-shards",
    title: "Cached check, 100 shards (IndexedDB as shipped)",
    unit: "ms",
    value: checkPatched,
    baseline: { title: "web-llm's stock IndexedDB check", value: checkStock },
    target: { max: 50, on: "value" },
    notes: `100 shards of ${CHECK_SHARD / MB} MB`,
  });
});
