import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { MB, addModel, expect, test } from "../support/models";

// Save to folder (issue 22, item 5). Headless Chromium shows no folder picker, so the
// origin's private file system stands in for the folder a person picks: the handle
// `navigator.storage.getDirectory()` gives is the same kind of FileSystemDirectoryHandle,
// and the worker writes into it exactly as into a folder on disk.
const FOLDER = "saved-model";

test("Save to folder writes a downloaded model's files as published, byte for byte, with its library", async ({
  page,
  modelServer,
}) => {
  test.setTimeout(180_000);
  // Shards of different sizes, as real conversions have (a large tensor gets its own).
  const urls = modelServer.addModel({
    id: "save1",
    totalBytes: 0,
    shardBytes: 0,
    shardSizes: [16 * MB, 4 * MB, 4 * MB, 1 * MB + 12345],
  });
  await page.addInitScript((folder) => {
    const w = window as unknown as Record<string, unknown>;
    if (sessionStorage.getItem("no-picker")) {
      // As in Firefox and Safari, which have no folder picker.
      // On the global object itself (WebIDL [Global]), and on its prototype to be sure.
      delete w.showDirectoryPicker;
      delete (Window.prototype as unknown as Record<string, unknown>)
        .showDirectoryPicker;
      return;
    }
    w.showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(folder, {
        create: true,
      });
    // Every state the save's progress bar passes through, as the page draws it.
    const seen: Array<{ label: string; max: number; value: number }> = [];
    w.__progress = seen;
    new MutationObserver(() => {
      for (const p of document.querySelectorAll("progress[aria-label]"))
        seen.push({
          label: p.getAttribute("aria-label")!,
          max: (p as HTMLProgressElement).max,
          value: (p as HTMLProgressElement).value,
        });
      // The bar's value is set as a property: the text beside it changes with it.
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, FOLDER);
  await page.goto("/");
  const row = await addModel(page, urls, "Synthetic save");
  // Only a model that is whole on this device can be saved.
  await expect(row.getByRole("button", { name: "Save to folder" })).toHaveCount(
    0,
  );
  await row.getByRole("button", { name: "Download" }).click();
  await expect(row).toContainText("Ready offline", { timeout: 120_000 });

  const requestsBefore = modelServer.log().length;
  await row.getByRole("button", { name: "Save to folder" }).click();
  await expect(row.getByRole("status")).toContainText(`Saved 8 files (`, {
    timeout: 60_000,
  });
  await expect(row.getByRole("status")).toContainText(`to “${FOLDER}”.`);
  // Keyboard focus came back to the button that was pressed, not to the page.
  await expect(
    row.getByRole("button", { name: "Save to folder" }),
  ).toBeFocused();
  // Written from what this browser stores: no request to any host.
  expect(modelServer.log().length).toBe(requestsBefore);

  const written = await page.evaluate(async (folder) => {
    const dir = (await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle(folder)) as unknown as {
      entries(): AsyncIterable<[string, FileSystemFileHandle]>;
    };
    const files: Record<
      string,
      { sha256: string; size: number; text?: string }
    > = {};
    for await (const [name, handle] of dir.entries()) {
      const file = await handle.getFile();
      const bytes = await file.arrayBuffer();
      files[name] = {
        size: file.size,
        sha256: [
          ...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)),
        ]
          .map((b) => b.toString(16).padStart(2, "0"))
          .join(""),
        ...(name.endsWith(".json") ? { text: await file.text() } : {}),
      };
    }
    return files;
  }, FOLDER);

  const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
  const published = new Map(urls.model.files);
  published.set("save1.wasm", urls.model.library);
  // The same names as the model's host publishes, nothing more, nothing less.
  expect(Object.keys(written).sort()).toEqual([...published.keys()].sort());
  for (const [name, bytes] of published) {
    if (name === "tensor-cache.json") {
      // Stored parsed (web-llm's layout), written back as JSON: the same document.
      expect(JSON.parse(written[name].text!)).toEqual(
        JSON.parse(bytes.toString()),
      );
      continue;
    }
    expect(written[name].size, name).toBe(bytes.length);
    expect(written[name].sha256, name).toBe(sha256(bytes));
  }

  // The progress was shown in bytes, with its name, up to the whole model.
  const progress = (await page.evaluate(
    () => (window as unknown as Record<string, unknown>).__progress,
  )) as Array<{ label: string; max: number; value: number }>;
  const saving = progress.filter(
    (p) => p.label === "Saving Synthetic save to folder",
  );
  expect(saving.length).toBeGreaterThan(0);
  const total = [...published.values()].reduce((n, b) => n + b.length, 0);
  // tensor-cache.json is written from its parsed form: allow for its whitespace.
  expect(Math.max(...saving.map((p) => p.max))).toBeGreaterThan(total - 4096);
  await expect(
    row.getByRole("progressbar", { name: "Saving Synthetic save to folder" }),
  ).toHaveCount(0);

  // Without a folder picker there is no button (and nothing else changes).
  await page.evaluate(() => sessionStorage.setItem("no-picker", "1"));
  await page.reload();
  const again = await savedRow(page);
  await expect(again).toContainText("Ready offline");
  await expect(again.getByRole("button", { name: "Verify" })).toBeVisible();
  await expect(
    again.getByRole("button", { name: "Save to folder" }),
  ).toHaveCount(0);
});

async function savedRow(page: Page) {
  await page.getByRole("button", { name: "Manage models" }).click();
  return page
    .getByRole("dialog", { name: "Models" })
    .getByRole("listitem", { name: "Synthetic save" });
}
