import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  startModelServer,
  type ModelServer,
  type RequestRecord,
} from "../../../fixtures/model-server";
import { DownloadManager } from "../../../../src/worker/downloads/download-manager";
import { get } from "../../../../src/worker/downloads/web-llm-db";
import { SCOPES } from "../../../../src/worker/downloads/layout";

// The download manager against the real test server, over Node's fetch and fake-indexeddb:
// lanes, redirects, refusals and expired links, without a browser.
const MB = 1024 * 1024;
let server: ModelServer;
let n = 0;

beforeEach(async () => {
  server = await startModelServer();
});
afterEach(() => server.close());

function model(shards = 8, shardBytes = 1 * MB) {
  const id = `p${++n}`;
  const urls = server.addModel({
    id,
    totalBytes: shards * shardBytes,
    shardBytes,
  });
  return {
    id,
    urls,
    source: { id, model: urls.modelUrl, modelLib: urls.libraryUrl },
    shardPath: (i: number, via = "resolve/main") =>
      `/models/${id}/${via}/params_shard_${i}.bin`,
  };
}

const shardRequests = (log: RequestRecord[]) =>
  log.filter((r) => r.path.includes("params_shard_") && r.status !== 302);

async function download(
  source: { id: string; model: string; modelLib: string },
  lanes = 4,
) {
  const seen: number[] = [];
  await new DownloadManager(lanes).download(
    source,
    (p) => seen.push(p.bytesDone),
    new AbortController().signal,
  );
  return seen;
}

async function expectStored(m: ReturnType<typeof model>, shards: number) {
  for (let i = 0; i < shards; i++) {
    const url = `${m.urls.modelUrl}/resolve/main/params_shard_${i}.bin`;
    const data = (await get(SCOPES.model, url)) as ArrayBuffer;
    expect(
      Buffer.from(data).equals(
        m.urls.model.files.get(`params_shard_${i}.bin`)!,
      ),
    ).toBe(true);
  }
  expect(
    await get(
      SCOPES.model,
      `${m.urls.modelUrl}/resolve/main/tensor-cache.json`,
    ),
  ).toBeTruthy();
}

describe("parallel download", () => {
  it("keeps several shard requests on the wire, and stores tensor-cache.json last", async () => {
    server.shape({ perConnection: 8 * MB, firstByteMs: 20 });
    const m = model();
    const put = vi.spyOn(IDBObjectStore.prototype, "put");
    const progress = await download(m.source);
    // Files, not the manifest (another database, its own records).
    const stored = put.mock.calls
      .map(([v]) => (v as { url?: string }).url)
      .filter((url) => url !== undefined);
    put.mockRestore();
    await expectStored(m, 8);
    const shards = shardRequests(server.log());
    const overlapping = shards.filter((a) =>
      shards.some((b) => b !== a && b.start < a.end! && a.start < b.end!),
    );
    expect(overlapping.length).toBeGreaterThanOrEqual(2);
    const concurrent = Math.max(
      ...shards.map(
        (a) =>
          shards.filter((b) => b.start <= a.start && a.start < b.end!).length,
      ),
    );
    expect(concurrent).toBeLessThanOrEqual(4);
    // Stored last, and fetched once: planning fetched and verified it, and the config.
    expect(stored.at(-1)).toMatch(/tensor-cache\.json$/);
    expect(stored.filter((u) => u.includes("params_shard_"))).toHaveLength(8);
    for (const file of ["tensor-cache.json", "mlc-chat-config.json"])
      expect(server.log().filter((r) => r.path.endsWith(file))).toHaveLength(1);
    expect(progress.at(-1)).toBe(8 * MB);
  });

  it("follows a redirect per file and resumes a dropped connection with Range on the final URL", async () => {
    const m = model(4);
    server.redirect(m.id, "port");
    server.fault(m.shardPath(2, "cdn"), { kind: "drop", atByte: MB / 2 });
    await download(m.source);
    await expectStored(m, 4);
    const resumed = server
      .log()
      .filter((r) => r.path === m.shardPath(2, "cdn"));
    expect(resumed.map((r) => [r.port, r.status, r.range])).toEqual([
      [1, 200, undefined],
      [1, 206, `bytes=${MB / 2}-`],
    ]);
  });

  it("resolves the original URL again when the signed one has expired", async () => {
    const m = model(4);
    server.redirect(m.id, "path");
    server.fault(m.shardPath(1, "cdn"), {
      kind: "drop",
      atByte: MB / 4,
      expire: true,
    });
    await download(m.source);
    await expectStored(m, 4);
    const log = server
      .log()
      .filter((r) => r.path.endsWith("params_shard_1.bin"));
    expect(
      log.map((r) => [r.path.includes("/cdn/"), r.status, r.range]),
    ).toEqual([
      [false, 302, undefined],
      [true, 200, undefined],
      [true, 403, `bytes=${MB / 4}-`],
      [false, 302, `bytes=${MB / 4}-`],
      [true, 206, `bytes=${MB / 4}-`],
    ]);
  });

  it("honours 429 Retry-After on every lane: no shard request before the delay, and completes", async () => {
    const m = model(8);
    // Every shard's first request is refused, so every shard request that succeeds is one
    // a lane sent after a refusal reached it.
    for (let i = 0; i < 8; i++)
      server.fault(m.shardPath(i), {
        kind: "status",
        status: 429,
        retryAfter: "1",
      });
    await download(m.source);
    await expectStored(m, 8);
    const shards = shardRequests(server.log());
    const firstRefusal = Math.min(
      ...shards.filter((r) => r.status === 429).map((r) => r.end!),
    );
    const served = shards.filter((r) => r.status === 200);
    expect(served).toHaveLength(8);
    for (const r of served)
      expect(r.start).toBeGreaterThanOrEqual(firstRefusal + 1000);
  }, 30_000);

  it("slows down on a 503 without Retry-After, and completes", async () => {
    const m = model(4);
    server.fault(m.shardPath(0), { kind: "status", status: 503 }, 3);
    await download(m.source);
    await expectStored(m, 4);
    expect(
      server
        .log()
        .filter((r) => r.path === m.shardPath(0))
        .map((r) => r.status),
    ).toEqual([503, 503, 503, 200]);
  });

  it("still works when the host refuses Range: a dropped shard is fetched again from its start", async () => {
    await server.close();
    server = await startModelServer({ range: false });
    const m = model(4);
    server.fault(m.shardPath(3), { kind: "drop", atByte: MB / 2 });
    await download(m.source);
    await expectStored(m, 4);
    const shard = server.log().filter((r) => r.path === m.shardPath(3));
    expect(shard.map((r) => [r.status, r.range])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
  });

  it("a shard that keeps failing stops every lane, names the file, and keeps what is stored", async () => {
    const m = model(8);
    server.shape({ perConnection: 8 * MB });
    server.fault(m.shardPath(1), { kind: "html" }, 10);
    const manager = new DownloadManager(4);
    await expect(
      manager.download(m.source, () => {}, new AbortController().signal),
    ).rejects.toThrow(
      "params_shard_1.bin: the server sent a web page instead of the file",
    );
    // Settled: nothing is still on the wire once the error is out.
    expect(
      server.log().every((r) => r.end !== undefined || r.status === 0),
    ).toBe(true);
    const stored = await manager.stored(m.id);
    expect(stored!.stored).toBeGreaterThan(0);
    expect(stored!.stored).toBeLessThan(stored!.total);
  }, 30_000);

  it("pause stops every lane and settles only when no write is in flight", async () => {
    const m = model(8);
    server.shape({ perConnection: 4 * MB });
    const stop = new AbortController();
    const seen: number[] = [];
    const done = new DownloadManager(4).download(
      m.source,
      (p) => {
        seen.push(p.bytesDone);
        if (p.bytesDone > 3 * MB && !stop.signal.aborted)
          stop.abort(new DOMException("Download stopped", "AbortError"));
      },
      stop.signal,
    );
    await expect(done).rejects.toThrow("Download stopped");
    const requests = server.log().length;
    await new Promise((r) => setTimeout(r, 300));
    expect(server.log().length).toBe(requests);
  }, 30_000);
});
