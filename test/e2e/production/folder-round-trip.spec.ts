import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MB, addModel, expect, openModels, row, test } from "../support/models";
import { waitForServiceWorker } from "../support/service-worker";
import { storedSha256 } from "../support/stored";
import { createHash } from "node:crypto";

// Issue 22: what Save to folder writes is what Load from folder takes, on another machine
// with no network. The origin's private file system stands in for the picked folder (as in
// save-folder.spec.ts); its files are then put on disk for the second browser's chooser.
const FOLDER = "Round-Trip-MLC";

test("Save to folder, then Load from folder in a fresh profile with the network off: the same bytes, Ready offline", async ({
  page,
  browser,
  modelServer,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const urls = modelServer.addModel({
    id: "trip",
    totalBytes: 0,
    shardBytes: 0,
    shardSizes: [8 * MB, 4 * MB, 2 * MB],
  });
  await page.addInitScript((folder) => {
    (window as unknown as Record<string, unknown>).showDirectoryPicker =
      async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle(folder, {
          create: true,
        });
  }, FOLDER);
  await page.goto("/");
  const saved = await addModel(page, urls, "Round trip");
  await saved.getByRole("button", { name: "Download" }).click();
  await expect(saved).toContainText("Ready offline", { timeout: 60_000 });
  await saved.getByRole("button", { name: "Save to folder" }).click();
  await expect(saved.getByRole("status")).toContainText("Saved", {
    timeout: 60_000,
  });
  const files = await page.evaluate(async (folder) => {
    const dir = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle(folder);
    const out: Record<string, string> = {};
    for await (const [name, handle] of dir as unknown as AsyncIterable<
      [string, FileSystemFileHandle]
    >) {
      const bytes = new Uint8Array(
        await (await handle.getFile()).arrayBuffer(),
      );
      let s = "";
      for (let i = 0; i < bytes.length; i += 32768)
        s += String.fromCharCode(...bytes.subarray(i, i + 32768));
      out[name] = btoa(s);
    }
    return out;
  }, FOLDER);
  const disk = mkdtempSync(join(tmpdir(), "hearth-trip-"));
  mkdirSync(join(disk, FOLDER));
  for (const [name, b64] of Object.entries(files))
    writeFileSync(join(disk, FOLDER, name), Buffer.from(b64, "base64"));

  // Another browser profile that has opened the app once (its offline copy installed, as
  // after any first visit), then no network at all.
  const other = await browser.newContext({ baseURL });
  const fresh = await other.newPage();
  await fresh.goto("/");
  await waitForServiceWorker(fresh);
  await other.setOffline(true);
  await fresh.reload();
  modelServer.resetStats();
  const dialog = await openModels(fresh);
  const chooser = fresh.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: "Load from folder" }).click();
  await (await chooser).setFiles(disk);
  await expect(row(fresh, FOLDER)).toContainText("Ready offline", {
    timeout: 60_000,
  });
  expect(
    [...modelServer.stats().values()].reduce((n, s) => n + s.requests, 0),
  ).toBe(0);
  const base = `https://folder.hearth.invalid/${FOLDER}/resolve/main/`;
  for (const name of urls.model.shardNames)
    expect(await storedSha256(fresh, "webllm/model", base + name), name).toBe(
      createHash("sha256").update(urls.model.files.get(name)!).digest("hex"),
    );
  await other.close();
  rmSync(disk, { recursive: true, force: true });
});
