import { test as base, expect, type Page } from "@playwright/test";
import {
  startModelServer,
  type ModelServer,
} from "../../fixtures/model-server";

/** A fresh synthetic-model server per test, so its request counts are this test's alone. */
export const test = base.extend<{ modelServer: ModelServer }>({
  // eslint-disable-next-line no-empty-pattern
  modelServer: async ({}, use) => {
    const server = await startModelServer();
    await use(server);
    await server.close();
  },
});
export { expect };

export const MB = 1024 * 1024;

export async function openModels(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Models" });
  if (!(await dialog.isVisible())) {
    await page.getByRole("button", { name: "Manage models" }).click();
  }
  return dialog;
}

/** Adds a model through the Add model form; returns its row in the model list. */
/** Fills Add model's form and submits it; returns the Models dialog. */
export async function submitAddModel(
  page: Page,
  urls: { modelUrl: string; libraryUrl: string },
  name: string,
) {
  const dialog = await openModels(page);
  await dialog.getByRole("button", { name: "Add model" }).click();
  await dialog.getByLabel("Model URL").fill(urls.modelUrl);
  await dialog.getByLabel("Model library URL").fill(urls.libraryUrl);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Add model" }).click();
  return dialog;
}

export async function addModel(
  page: Page,
  urls: { modelUrl: string; libraryUrl: string },
  name: string,
) {
  const dialog = await submitAddModel(page, urls, name);
  await expect(
    dialog.getByRole("status").filter({ hasText: `Added ${name}` }),
    // The first request starts the engine worker (web-llm's 6.8 MB module): slow when the
    // machine is busy.
  ).toBeVisible({ timeout: 60_000 });
  return row(page, name);
}

/**
 * Serves a synthetic model held to `bytesPerSecond`, adds it through the UI, presses
 * Download and waits until its row shows `progress` ("Downloading 45%", say). Returns
 * the row.
 */
export async function downloadUntil(
  page: Page,
  server: ModelServer,
  model: { id: string; name: string; totalBytes: number; shardBytes: number },
  bytesPerSecond: number,
  progress: RegExp,
  timeout = 30_000,
) {
  const { id, totalBytes, shardBytes } = model;
  const urls = server.addModel({ id, totalBytes, shardBytes });
  server.throttle(bytesPerSecond);
  await page.goto("/");
  const row = await addModel(page, urls, model.name);
  await row.getByRole("button", { name: "Download" }).click();
  await expect(row).toContainText(progress, { timeout });
  return row;
}

export const row = (page: Page, name: string) =>
  page.getByRole("dialog", { name: "Models" }).getByRole("listitem", { name });

/** Bytes the server sent for every shard, and in all. */
export function shardBytesServed(server: ModelServer, id: string): number {
  let total = 0;
  for (const [path, s] of server.stats())
    if (path.startsWith(`/models/${id}/`) && path.includes("params_shard_"))
      total += s.bytes;
  return total;
}
