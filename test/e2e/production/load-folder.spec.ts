import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { MB, expect, openModels, row, test } from "../support/models";
import { writeModelFolder } from "../support/model-folder";
import { storedAndServed, storedSha256 } from "../support/stored";

const FOLDER_BASE = "https://folder.hearth.invalid";

/** Presses Load from folder and picks `dir` in the browser's folder chooser. */
async function loadFolder(page: Page, dir: string) {
  const dialog = await openModels(page);
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: "Load from folder" }).click();
  await (await chooser).setFiles(dir);
  return dialog;
}

/** URLs of every record in web-llm's databases that came from a folder. */
function folderRecords(page: Page): Promise<string[]> {
  return page.evaluate(async (base) => {
    const urls: string[] = [];
    for (const name of ["webllm/model", "webllm/config", "webllm/wasm"]) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (db.objectStoreNames.contains("urls")) {
        const req = db.transaction("urls").objectStore("urls").getAllKeys();
        const keys = await new Promise<IDBValidKey[]>(
          (r) => (req.onsuccess = () => r(req.result)),
        );
        urls.push(...keys.map(String).filter((k) => k.startsWith(base)));
      }
      db.close();
    }
    return urls;
  }, FOLDER_BASE);
}

test("a model folder as git clone leaves it: checked, copied in intact, named after its id, and loaded with no request to any host", async ({
  page,
  modelServer,
}) => {
  const id = "Folder-Llama-q4f16_1-MLC";
  const { dir, model } = writeModelFolder({
    id,
    totalBytes: 0,
    shardBytes: 0,
    shardSizes: [16 * MB, 40 * MB, 8 * MB],
  });
  await page.goto("/");
  const dialog = await loadFolder(page, dir);
  await expect(
    dialog.getByRole("status").filter({ hasText: id }),
  ).toContainText(`${id} is ready offline, with the library from its folder.`, {
    timeout: 60_000,
  });
  const model_ = row(page, id);
  await expect(model_).toContainText("Ready offline");
  await expect(model_).toContainText("64 MB on disk");
  // The bytes were copied: each stored shard is the file's bytes, readable on its own.
  const base = `${FOLDER_BASE}/${id}/resolve/main/`;
  for (const name of model.shardNames)
    expect(await storedSha256(page, "webllm/model", base + name), name).toBe(
      createHash("sha256").update(model.files.get(name)!).digest("hex"),
    );
  // Moving the folder away changes nothing: nothing stored refers to its files.
  rmSync(dir, { recursive: true, force: true });
  expect(
    await storedSha256(page, "webllm/model", base + model.shardNames[1]),
  ).toBeDefined();

  // Loading reads everything from storage: web-llm gets as far as starting the (synthetic)
  // library, which only a model whose config, tokenizer and every shard were found can.
  modelServer.resetStats();
  await page.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Load model" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "The model's program could not be started in this browser.",
    { timeout: 60_000 },
  );
  expect(
    [...modelServer.stats().values()].reduce((n, s) => n + s.requests, 0),
  ).toBe(0);

  // It survives a reload, and Delete removes it.
  await page.reload();
  await openModels(page);
  await expect(row(page, id)).toContainText("Ready offline");
  await row(page, id).getByRole("button", { name: "Delete" }).click();
  await expect(row(page, id)).toContainText("Not downloaded");
  expect(await folderRecords(page)).toEqual([]);
});

for (const [name, spoil, expected] of [
  [
    "a damaged shard",
    (modelDir: string) => {
      const file = join(modelDir, "params_shard_1.bin");
      const bytes = readFileSync(file);
      bytes[4321] ^= 0xff;
      writeFileSync(file, bytes);
    },
    "params_shard_1.bin: it arrived damaged (its MD5 checksum does not match tensor-cache.json)",
  ],
  [
    "a missing shard",
    (modelDir: string) => rmSync(join(modelDir, "params_shard_2.bin")),
    "Broken-MLC is missing a file: params_shard_2.bin.",
  ],
  [
    "no model in it",
    (modelDir: string) => {
      rmSync(join(modelDir, "mlc-chat-config.json"));
    },
    "No MLC model was found in this folder.",
  ],
] as const) {
  test(`a folder with ${name} is refused, naming what is wrong, and nothing of it is stored`, async ({
    page,
  }) => {
    const { dir, modelDir } = writeModelFolder({
      id: "Broken-MLC",
      totalBytes: 24 * MB,
      shardBytes: 8 * MB,
    });
    spoil(modelDir);
    await page.goto("/");
    const dialog = await loadFolder(page, dir);
    await expect(dialog.getByRole("alert")).toContainText(expected, {
      timeout: 60_000,
    });
    await expect(row(page, "Broken-MLC")).toHaveCount(0);
    expect(await folderRecords(page)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
}

test("Load from folder works from the keyboard, and its refusal is announced", async ({
  page,
}) => {
  const { dir, modelDir } = writeModelFolder({
    id: "Keyboard-MLC",
    totalBytes: 8 * MB,
    shardBytes: 8 * MB,
  });
  rmSync(join(modelDir, "tensor-cache.json"));
  await page.goto("/");
  const dialog = await openModels(page);
  const button = dialog.getByRole("button", { name: "Load from folder" });
  await button.focus();
  await expect(button).toBeFocused();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Enter");
  await (await chooser).setFiles(dir);
  await expect(dialog.getByRole("alert")).toContainText(
    "No MLC model was found in this folder.",
  );
  rmSync(dir, { recursive: true, force: true });
});

test("a folder without a library, named after no built-in model, takes the library the person gives: an address or a .wasm file", async ({
  page,
  modelServer,
}) => {
  const served = modelServer.addModel({
    id: "lib-host",
    totalBytes: 8 * MB,
    shardBytes: 8 * MB,
  });
  const { dir } = writeModelFolder(
    { id: "No-Library-MLC", totalBytes: 16 * MB, shardBytes: 8 * MB },
    { library: false },
  );
  await page.goto("/");
  const dialog = await loadFolder(page, dir);
  await expect(dialog.getByRole("alert")).toContainText(
    "No-Library-MLC has no model library (.wasm) in its folder",
  );
  await dialog
    .getByLabel("Library URL for No-Library-MLC")
    .fill(served.libraryUrl);
  await dialog.getByRole("button", { name: "Use this library" }).click();
  await expect(row(page, "No-Library-MLC")).toContainText("Ready offline", {
    timeout: 60_000,
  });
  await expect(row(page, "No-Library-MLC")).toContainText(
    "library from 127.0.0.1",
  );
  expect(modelServer.stats().get("/libs/lib-host.wasm")?.requests).toBe(1);

  // The same folder again, under another name, with the library given as a file.
  const second = writeModelFolder(
    { id: "Wasm-File-MLC", totalBytes: 8 * MB, shardBytes: 8 * MB },
    { library: false },
  );
  await loadFolder(page, second.dir);
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByLabel("Or its .wasm file").click();
  const wasm = join(second.dir, "lib.wasm");
  writeFileSync(wasm, second.model.library);
  await (await chooser).setFiles(wasm);
  await expect(row(page, "Wasm-File-MLC")).toContainText("Ready offline", {
    timeout: 60_000,
  });
  rmSync(dir, { recursive: true, force: true });
  rmSync(second.dir, { recursive: true, force: true });
});

test("a folder named after a built-in model becomes that model, Ready offline, with no request to its hosts", async ({
  page,
}) => {
  const id = "TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC";
  const { dir, model } = writeModelFolder({
    id,
    totalBytes: 16 * MB,
    shardBytes: 8 * MB,
  });
  await page.goto("/");
  const dialog = await loadFolder(page, dir);
  await expect(
    dialog.getByRole("status").filter({ hasText: id }),
  ).toContainText(`${id} is ready offline: the library is TinyLlama`, {
    timeout: 60_000,
  });
  const builtIn = row(page, "TinyLlama 1.1B chat · q4f32_1");
  await expect(builtIn).toContainText("Ready offline");
  // Stored where the built-in model's download would put it.
  const { stored } = await storedAndServed(
    page,
    {
      modelUrl: `https://huggingface.co/mlc-ai/${id}`,
      model,
    },
    "params_shard_1.bin",
  );
  expect(stored).toBe(
    createHash("sha256")
      .update(model.files.get("params_shard_1.bin")!)
      .digest("hex"),
  );
  rmSync(dir, { recursive: true, force: true });
});
