import { createHash } from "node:crypto";
import {
  MB,
  addModel,
  downloadUntil,
  expect,
  shardBytesServed,
  test,
} from "../support/models";
import { storedRecords, storedSha256 } from "../support/stored";
import { DEFAULT_LANES } from "../../../src/worker/downloads/download-manager";

test("a 200 MB model downloads fully, and web-llm's own cache check finds every file", async ({
  page,
  modelServer,
}) => {
  test.setTimeout(240_000);
  const urls = modelServer.addModel({
    id: "m200",
    totalBytes: 200 * MB,
    shardBytes: 8 * MB,
  });
  await page.goto("/");
  const model = await addModel(page, urls, "Synthetic 200");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model).toContainText(/Downloading \d+%/);
  await expect(model).toContainText("Ready offline", { timeout: 200_000 });
  await expect(model).toContainText("200 MB on disk");
  // Every shard fetched exactly once, plus the small files.
  expect(shardBytesServed(modelServer, "m200")).toBe(200 * MB);
  // What IndexedDB holds is the server's bytes, readable on its own (a Blob stored by
  // reference to a file that is later removed would fail here).
  for (const i of [0, 13, 24]) {
    const file = `params_shard_${i}.bin`;
    expect(
      await storedSha256(
        page,
        "webllm/model",
        `${urls.modelUrl}/resolve/main/${file}`,
      ),
    ).toBe(
      createHash("sha256").update(urls.model.files.get(file)!).digest("hex"),
    );
  }
  expect(modelServer.stats().get("/libs/m200.wasm")?.requests).toBe(1);

  await model.getByRole("button", { name: "Verify" }).click();
  await expect(model.getByRole("status")).toContainText(
    "Verified: web-llm finds this model in its cache, and all 29 files are stored.",
  );
  // Config, library and tokenizer are stored where web-llm's reload looks for them.
  const stored = await page.evaluate(async (origin) => {
    const has = (db: string, url: string) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(db, 1);
        open.onsuccess = () => {
          const req = open.result
            .transaction("urls")
            .objectStore("urls")
            .getKey(url);
          req.onsuccess = () => resolve(req.result !== undefined);
          req.onerror = () => resolve(false);
        };
      });
    const base = `${origin}/models/m200/resolve/main/`;
    return {
      config: await has("webllm/config", base + "mlc-chat-config.json"),
      wasm: await has("webllm/wasm", `${origin}/libs/m200.wasm`),
      tokenizer: await has("webllm/model", base + "tokenizer.json"),
      tensorCache: await has("webllm/model", base + "tensor-cache.json"),
    };
  }, modelServer.origin);
  expect(stored).toEqual({
    config: true,
    wasm: true,
    tokenizer: true,
    tensorCache: true,
  });
});

test("a dropped connection resumes with Range: no shard's bytes are fetched twice", async ({
  page,
  modelServer,
}) => {
  const urls = modelServer.addModel({
    id: "drop",
    totalBytes: 64 * MB,
    shardBytes: 8 * MB,
  });
  modelServer.fault("/models/drop/resolve/main/params_shard_4.bin", {
    kind: "drop",
    atByte: 4 * MB,
  });
  await page.goto("/");
  const model = await addModel(page, urls, "Dropped");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model).toContainText("Ready offline", { timeout: 60_000 });
  const shard = modelServer
    .stats()
    .get("/models/drop/resolve/main/params_shard_4.bin")!;
  expect(shard.requests).toBe(2);
  expect(shard.ranges).toBe(1);
  // At most 1 MB sent twice (what was in flight when the connection dropped).
  expect(shardBytesServed(modelServer, "drop") - 64 * MB).toBeLessThanOrEqual(
    1 * MB,
  );
});

for (const [name, fault] of [
  ["a flipped byte with a known hash", { kind: "flip", atByte: 1234 }],
  ["a truncated body", { kind: "truncate", toBytes: 3 * MB }],
  ["an HTML page instead of a shard", { kind: "html" }],
] as const) {
  test(`${name} is detected, never stored, and fetched again`, async ({
    page,
    modelServer,
  }) => {
    const urls = modelServer.addModel({
      id: "bad",
      totalBytes: 32 * MB,
      shardBytes: 8 * MB,
      withHashes: true,
    });
    const path = "/models/bad/resolve/main/params_shard_2.bin";
    modelServer.fault(path, fault);
    await page.goto("/");
    const model = await addModel(page, urls, "Faulty");
    await model.getByRole("button", { name: "Download" }).click();
    await expect(model).toContainText("Ready offline", { timeout: 60_000 });
    expect(modelServer.stats().get(path)!.requests).toBe(2);
    await model.getByRole("button", { name: "Verify" }).click();
    await expect(model.getByRole("status")).toContainText("Verified");
  });
}

test("a shard that keeps failing says which file and why, and keeps what is stored", async ({
  page,
  modelServer,
}) => {
  const urls = modelServer.addModel({
    id: "worse",
    totalBytes: 32 * MB,
    shardBytes: 8 * MB,
  });
  modelServer.fault(
    "/models/worse/resolve/main/params_shard_1.bin",
    { kind: "html" },
    10,
  );
  await page.goto("/");
  const model = await addModel(page, urls, "Worse");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model.getByRole("alert")).toContainText(
    "params_shard_1.bin: the server sent a web page instead of the file",
    { timeout: 60_000 },
  );
  await expect(model).toContainText(/Paused at \d+%/);
});

test("pause keeps what is stored; resume fetches only the rest; cancel leaves nothing", async ({
  page,
  modelServer,
}) => {
  // Two downloads in one test. With the CPUs loaded (two `yes` beside a second test
  // worker) the pair took 52 to 60 s here, progress moving all along (slow, not hung:
  // docs/ARCHITECTURE.md, "Progress"), against 60 s for a test.
  test.setTimeout(120_000);
  // Twelve shards: two rounds of the lanes, so some are stored and some are in flight at the
  // pause. Small ones: on a loaded machine IndexedDB commits a few MB a second, and the
  // test is about what is kept and fetched again, not about speed.
  const model = await downloadUntil(
    page,
    modelServer,
    { id: "pr", name: "Pausable", totalBytes: 48 * MB, shardBytes: 4 * MB },
    12 * MB,
    /Downloading ([2-9]\d)%/,
  );
  await model.getByRole("button", { name: "Pause" }).click();
  await expect(model).toContainText(/Paused at \d+%/);
  const before = shardBytesServed(modelServer, "pr");
  modelServer.throttle(0);
  await model.getByRole("button", { name: "Resume" }).click();
  await expect(model).toContainText("Ready offline", { timeout: 60_000 });
  // Resuming refetches at most the shards that were in flight when paused (N lanes × 4 MB).
  expect(shardBytesServed(modelServer, "pr") - 48 * MB).toBeLessThanOrEqual(
    DEFAULT_LANES * 4 * MB,
  );
  expect(before).toBeLessThan(48 * MB);

  await model.getByRole("button", { name: "Delete" }).click();
  await expect(model).toContainText("Not downloaded");
});

test("cancel leaves no partial entry behind", async ({ page, modelServer }) => {
  const model = await downloadUntil(
    page,
    modelServer,
    { id: "cx", name: "Cancellable", totalBytes: 64 * MB, shardBytes: 8 * MB },
    16 * MB,
    /Downloading [1-9]\d*%/,
  );
  await model.getByRole("button", { name: "Cancel" }).click();
  await expect(model).toContainText("Not downloaded");
  // Nothing of the model is left in web-llm's databases (a missing database holds nothing).
  const stored = await storedRecords(page);
  const left = ["webllm/model", "webllm/config", "webllm/wasm"].reduce(
    (n, db) => n + (stored[db] ?? 0),
    0,
  );
  expect(left).toBe(0);
});
