import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { DeployServer } from "../../fixtures/deploy-server";
import { restampBuild } from "../../fixtures/restamp-build";
import { expectReady, lastReply, modelStatus, send } from "./app";

/** The build a page runs (`<html data-build>`); undefined between documents. */
export const buildOf = (page: Page) =>
  page
    .evaluate(() => document.documentElement.dataset.build)
    .catch(() => undefined);

/** Loads the model, taking the GPU over if another tab of the origin holds it. */
export async function loadOrTakeOver(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Load model" }).click();
  const takeOver = page.getByRole("button", { name: "Take over" });
  const ready = modelStatus(page).filter({ hasText: "Ready" });
  await expect(takeOver.or(ready)).toBeVisible();
  if (await takeOver.isVisible()) await takeOver.click();
  await expectReady(page);
}

/** Sends `/echo text` and checks the scripted engine's answer. */
export async function echo(page: Page, text: string): Promise<void> {
  await send(page, `/echo ${text}`);
  expect(await lastReply(page)).toBe(text);
}

/** The browser asks for a new version when it comes back online (UpdateModel). */
export async function takeUpdate(page: Page, id: string): Promise<void> {
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  const prompt = page.getByRole("status", { name: "Update" });
  await expect(prompt).toContainText("Update available", { timeout: 30_000 });
  await prompt.getByRole("button", { name: "Reload" }).click();
  await expect.poll(() => buildOf(page), { timeout: 30_000 }).toBe(id);
}

/** Reloads with no network and checks the copy still starts its own build and chats. */
export async function worksOffline(page: Page, build: string, text: string) {
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole("button", { name: "Load model" })).toBeVisible();
  expect(await buildOf(page)).toBe(build);
  await loadOrTakeOver(page);
  await echo(page, text);
  await page.context().setOffline(false);
}

/** Precache names and how many entries each holds, as the page's origin sees them. */
export function precaches(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const out: Record<string, number> = {};
    for (const name of await caches.keys())
      if (name.includes("-precache-"))
        out[name] = (await (await caches.open(name)).keys()).length;
    return out;
  });
}

/**
 * A deploy server and a scratch folder for restamped builds, for one spec file. `stamp`
 * makes a copy of `from` that names itself `id` (test/fixtures/restamp-build.ts).
 */
export function deployFixture() {
  const scratch = mkdtempSync(join(tmpdir(), "hearth-deploy-"));
  const server = new DeployServer();
  return {
    server,
    stamp: (from: string, id: string) =>
      restampBuild(from, join(scratch, id), id),
    async stop() {
      await server.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
