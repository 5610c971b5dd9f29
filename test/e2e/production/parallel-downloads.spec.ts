import type { RequestRecord } from "../../fixtures/model-server";
import {
  MB,
  addModel,
  expect,
  shardBytesServed,
  test,
} from "../support/models";

// Issue 10: several shards on the wire, and the real host's ways (a redirect per file to a
// signed URL that expires, "slow down" answers). The server logs every request.

const shardRequests = (log: RequestRecord[], id: string) =>
  log.filter(
    (r) =>
      r.path.startsWith(`/models/${id}/`) &&
      r.path.includes("params_shard_") &&
      r.status !== 302,
  );

test("at least two shard requests are on the wire at once", async ({
  page,
  modelServer,
}) => {
  test.setTimeout(240_000);
  const urls = modelServer.addModel({
    id: "lanes",
    totalBytes: 32 * MB,
    shardBytes: 4 * MB,
  });
  // A CDN-like host: each connection capped, a wait before the first byte.
  modelServer.shape({ perConnection: 8 * MB, firstByteMs: 40 });
  await page.goto("/");
  const model = await addModel(page, urls, "Lanes");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model).toContainText("Ready offline", { timeout: 120_000 });
  const shards = shardRequests(modelServer.log(), "lanes");
  const overlapping = shards.filter((a) =>
    shards.some((b) => b !== a && b.start < a.end! && a.start < b.end!),
  );
  expect(overlapping.length).toBeGreaterThanOrEqual(2);
  expect(shardBytesServed(modelServer, "lanes")).toBe(32 * MB);
});

test("a redirect per file: the download completes, and a connection dropped after the redirect resumes with Range on the final URL", async ({
  page,
  modelServer,
}) => {
  test.setTimeout(240_000);
  const urls = modelServer.addModel({
    id: "redir",
    totalBytes: 32 * MB,
    shardBytes: 8 * MB,
  });
  modelServer.redirect("redir", "port");
  const cdn = "/models/redir/cdn/params_shard_2.bin";
  modelServer.fault(cdn, { kind: "drop", atByte: 4 * MB });
  await page.goto("/");
  const model = await addModel(page, urls, "Redirected");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model).toContainText("Ready offline", { timeout: 120_000 });
  const shard = modelServer.log().filter((r) => r.path === cdn);
  expect(shard.map((r) => [r.port, r.status])).toEqual([
    [1, 200],
    [1, 206],
  ]);
  // Resumed where it dropped, within the 1 MB a dying connection may lose in flight.
  const from = Number(/^bytes=(\d+)-$/.exec(shard[1].range ?? "")?.[1]);
  expect(from).toBeGreaterThan(3 * MB);
  expect(from).toBeLessThanOrEqual(4 * MB);
  await model.getByRole("button", { name: "Verify" }).click();
  await expect(model.getByRole("status")).toContainText("Verified");
});

test("429 with Retry-After: 1 on shard requests: no shard request before the delay, and the download completes", async ({
  page,
  modelServer,
}) => {
  test.setTimeout(240_000);
  const urls = modelServer.addModel({
    id: "busy",
    totalBytes: 32 * MB,
    shardBytes: 8 * MB,
  });
  // Each shard's first request is refused, so every shard that arrives was asked for
  // again after a refusal had reached the page.
  for (let i = 0; i < 4; i++)
    modelServer.fault(`/models/busy/resolve/main/params_shard_${i}.bin`, {
      kind: "status",
      status: 429,
      retryAfter: "1",
    });
  await page.goto("/");
  const model = await addModel(page, urls, "Busy host");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model).toContainText("Ready offline", { timeout: 120_000 });
  const shards = shardRequests(modelServer.log(), "busy");
  const firstRefusal = Math.min(
    ...shards.filter((r) => r.status === 429).map((r) => r.end!),
  );
  const served = shards.filter((r) => r.status === 200);
  expect(served).toHaveLength(4);
  for (const r of served)
    expect(r.start).toBeGreaterThanOrEqual(firstRefusal + 1000);
});

test("an expired signed URL is resolved again: after a pause, and when a dropped connection resumes", async ({
  page,
  modelServer,
}) => {
  test.setTimeout(240_000);
  const urls = modelServer.addModel({
    id: "signed",
    totalBytes: 64 * MB,
    shardBytes: 8 * MB,
  });
  modelServer.redirect("signed", "port");
  // The link the page holds for shard 7 expires as its connection drops: the Range request
  // that resumes it meets a 403 and must go back to the original URL. Shard 7 is past the
  // first round of every lane (N ≤ 7), so it starts after the pause; a second drop covers
  // a machine so slow that its first request began, and was aborted, before the pause.
  modelServer.fault(
    "/models/signed/cdn/params_shard_7.bin",
    { kind: "drop", atByte: 2 * MB, expire: true },
    2,
  );
  modelServer.throttle(2 * MB);
  await page.goto("/");
  const model = await addModel(page, urls, "Signed");
  await model.getByRole("button", { name: "Download" }).click();
  await expect(model).toContainText(/Downloading [1-9]\d*%/, {
    timeout: 60_000,
  });
  await model.getByRole("button", { name: "Pause" }).click();
  await expect(model).toContainText(/Paused at \d+%/);
  modelServer.expireSignatures();
  modelServer.throttle(0);
  await model.getByRole("button", { name: "Resume" }).click();
  await expect(model).toContainText("Ready offline", { timeout: 120_000 });
  const log = modelServer.log();
  expect(
    log.some((r) => r.status === 403 && r.path.endsWith("params_shard_7.bin")),
  ).toBe(true);
  const shard7 = log.filter(
    (r) => r.path.endsWith("params_shard_7.bin") && r.status === 206,
  );
  expect(shard7.length).toBeGreaterThanOrEqual(1);
  await model.getByRole("button", { name: "Verify" }).click();
  await expect(model.getByRole("status")).toContainText("Verified");
});
