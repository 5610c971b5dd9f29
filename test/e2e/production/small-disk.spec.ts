import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  MB,
  addModel,
  expect,
  openModels,
  shardBytesServed,
  test,
} from "../support/models";
import type { ModelServer } from "../../fixtures/model-server";
import { fillDisk, withSmallDisk } from "../support/small-disk";
import { storedSha256 } from "../support/stored";
import { DEFAULT_LANES } from "../../../src/worker/downloads/download-manager";

// On a real small disk (a tmpfs holding the profile), estimate() says the model fits and a
// write fails part-way (REFERENCE.md, "Quota"): issue 21.
const SHARD = 16 * MB;
// Exception names are for developers; a person reads words.
const EXCEPTION_NAMES =
  /QuotaExceededError|DOMException|UnknownError|\w+Error\b/;

/** The manifest's count of bytes stored for `modelId` (the worker's own record). */
function storedBytes(page: Page, modelId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const open = indexedDB.open("hearth-models");
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const req = db.transaction("downloads").objectStore("downloads").get(id);
    const m = await new Promise<{ storedBytes: number } | undefined>(
      (resolve) => (req.onsuccess = () => resolve(req.result)),
    );
    db.close();
    return m?.storedBytes ?? 0;
  }, modelId);
}

/** Every shard stored is the server's bytes; returns how many are stored. */
async function expectStoredIntact(
  page: Page,
  urls: ReturnType<ModelServer["addModel"]>,
): Promise<number> {
  let stored = 0;
  for (const file of urls.model.shardNames) {
    const hash = await storedSha256(
      page,
      "webllm/model",
      `${urls.modelUrl}/resolve/main/${file}`,
    );
    if (hash === undefined) continue;
    stored++;
    expect(hash, file).toBe(
      createHash("sha256").update(urls.model.files.get(file)!).digest("hex"),
    );
  }
  return stored;
}

test("a disk that fills mid-download pauses it: every lane stops, what is stored stays intact, and the message gives sizes", async ({
  modelServer,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const urls = modelServer.addModel({
    id: "huge",
    totalBytes: 384 * MB,
    shardBytes: SHARD,
  });
  await withSmallDisk(300, baseURL!, async (page) => {
    await page.goto("/");
    const model = await addModel(page, urls, "Bigger than the disk");
    await model.getByRole("button", { name: "Download" }).click();
    const alert = model.getByRole("alert");
    await expect(alert).toContainText("The disk is full", { timeout: 150_000 });
    await expect(alert).toContainText(
      /\d+ MB of 384 MB are stored and kept; the model needs \d+ MB more\. Hearth holds no other model/,
    );
    await expect(model.getByRole("button", { name: "Resume" })).toBeVisible();
    await expect(model).toContainText("Paused");
    expect(await page.locator("body").innerText()).not.toMatch(EXCEPTION_NAMES);

    const kept = await storedBytes(page, "custom-Bigger-than-the-disk");
    expect(kept).toBeGreaterThan(0);
    expect(await expectStoredIntact(page, urls)).toBe(kept / SHARD);
    // No request after the first failed write: the server sent what is stored plus, at
    // most, what the lanes had in flight.
    const served = shardBytesServed(modelServer, "huge");
    expect(served - kept).toBeLessThanOrEqual(DEFAULT_LANES * SHARD);
    console.log(
      `small disk: ${kept / MB} MB stored, ${served / MB} MB served for a 384 MB model`,
    );
  });
});

test("Resume after deleting another model finishes the download, fetching only what is missing", async ({
  modelServer,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const first = modelServer.addModel({
    id: "first",
    totalBytes: 96 * MB,
    shardBytes: SHARD,
  });
  const second = modelServer.addModel({
    id: "second",
    totalBytes: 160 * MB,
    shardBytes: SHARD,
  });
  await withSmallDisk(300, baseURL!, async (page, _context, disk) => {
    await page.goto("/");
    const a = await addModel(page, first, "Older model");
    await a.getByRole("button", { name: "Download" }).click();
    await expect(a).toContainText("Ready offline", { timeout: 120_000 });
    // What is left of the disk passes the 64 MB write probe and holds part of the second
    // model, not all of it.
    const filler = fillDisk(disk, 110);
    const b = await addModel(page, second, "Newer model");
    await b.getByRole("button", { name: "Download" }).click();
    await expect(b.getByRole("alert")).toContainText(
      /The disk is full.*Hearth also holds Older model \(96 MB\): deleting one in Manage models frees its space/,
      { timeout: 150_000 },
    );
    const kept = await storedBytes(page, "custom-Newer-model");
    const servedBefore = shardBytesServed(modelServer, "second");

    rmSync(filler);
    await a.getByRole("button", { name: "Delete" }).click();
    await expect(a).toContainText("Not downloaded");
    await openModels(page);
    await b.getByRole("button", { name: "Resume" }).click();
    await expect(b).toContainText("Ready offline", { timeout: 120_000 });
    expect(await expectStoredIntact(page, second)).toBe(160 / 16);
    // Resume fetched only the shards that were not stored.
    expect(shardBytesServed(modelServer, "second") - servedBefore).toBe(
      160 * MB - kept,
    );
  });
});
