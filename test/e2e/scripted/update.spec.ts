import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { StaticServer } from "../../fixtures/static-server";
import {
  expectReady,
  lastReply,
  log,
  modelStatus,
  send,
  takeOverModel,
} from "../support/app";
import { waitForServiceWorker } from "../support/service-worker";

// Two e2e builds of the same source deployed one after the other at the same URL, by a
// server of our own (vite preview cannot swap its folder): A is dist-e2e/ as
// `npm run test:e2e` built it, B is built here with another HEARTH_BUILD_ID.
let builds: string;
const A = "dist-e2e";
let server: StaticServer;

function build(id: string): string {
  const out = join(builds, id);
  execFileSync(
    "npx",
    [
      "vite",
      "build",
      "--mode",
      "e2e",
      "--outDir",
      out,
      "--emptyOutDir",
      "--logLevel",
      "warn",
    ],
    { env: { ...process.env, HEARTH_BUILD_ID: id }, stdio: "inherit" },
  );
  return out;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  builds = mkdtempSync(join(tmpdir(), "hearth-builds-"));
  build("B");
  server = await new StaticServer(A).start();
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(builds, { recursive: true, force: true });
});

// Undefined while the page is between documents (a reload in progress).
const buildOf = (page: Page) =>
  page
    .evaluate(() => document.documentElement.dataset.build)
    .catch(() => undefined);

async function loadOrTakeOver(page: Page) {
  await page.getByRole("button", { name: "Load model" }).click();
  const takeOver = page.getByRole("button", { name: "Take over" });
  const ready = modelStatus(page).filter({ hasText: "Ready" });
  await expect(takeOver.or(ready)).toBeVisible();
  if (await takeOver.isVisible()) await takeOver.click();
  await expect(ready).toBeVisible();
}

async function loadModel(page: Page) {
  await page.getByRole("button", { name: "Load model" }).click();
  await expectReady(page);
}

test("a new deploy shows Update available; Reload runs it, nothing 404s", async ({
  context,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  await waitForServiceWorker(page);
  const a = await buildOf(page);
  expect(a).toBeTruthy();
  expect(a).not.toBe("B");
  await loadModel(page);
  await send(page, "/echo kept across the update");
  expect(await lastReply(page)).toBe("kept across the update");
  // A second tab of A that has not started its engine worker yet.
  const idle = await context.newPage();
  await idle.goto(server.origin + "/");
  // The app names its build once it has started, after the outline's first paint.
  await expect.poll(() => buildOf(idle)).toBe(a);

  server.root = join(builds, "B");
  // Coming back online is one of the moments an open app looks for a new version.
  await context.setOffline(true);
  await context.setOffline(false);
  const prompt = page.getByRole("status", { name: "Update" });
  await expect(prompt).toContainText("Update available", { timeout: 30_000 });
  await expect(idle.getByRole("status", { name: "Update" })).toContainText(
    "Update available",
  );

  // Until Reload, both tabs keep running A: the idle tab starts A's engine worker from
  // A's precache and chats.
  expect(await buildOf(page)).toBe(a);
  // One model per browser (issue 6): the idle tab takes the GPU over from the first.
  await takeOverModel(idle);
  await send(idle, "/echo A still works");
  expect(await lastReply(idle)).toBe("A still works");
  expect(await buildOf(idle)).toBe(a);

  await prompt.getByRole("button", { name: "Reload" }).click();
  await expect.poll(() => buildOf(page), { timeout: 30_000 }).toBe("B");
  await expect(page.getByRole("status", { name: "Update" })).toHaveCount(0);
  // The other tab follows, so no tab runs A against B's precache.
  await expect.poll(() => buildOf(idle), { timeout: 30_000 }).toBe("B");
  // B runs: its engine loads and replies (taking the GPU back if the other tab holds it).
  await loadOrTakeOver(page);
  await send(page, "/echo B runs");
  expect(await lastReply(page)).toBe("B runs");

  const missing = server.requests.filter((r) => r.status !== 200);
  expect(missing).toEqual([]);
});

test("Reload waits for a reply being written; after the update the conversation is there", async ({
  page,
}) => {
  server.root = A;
  await page.goto(server.origin + "/");
  await waitForServiceWorker(page);
  await loadModel(page);
  await send(page, "/echo kept across the update");
  expect(await lastReply(page)).toBe("kept across the update");
  server.root = join(builds, "B");
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  const prompt = page.getByRole("status", { name: "Update" });
  const reload = prompt.getByRole("button", { name: "Reload" });
  // While a reply is being written, Reload waits for it.
  await send(page, "Tell me about tea");
  await expect(reload).toBeDisabled();
  await expect(prompt).toContainText("Reload once the reply is finished");
  await lastReply(page);
  await expect(reload).toBeEnabled();
  await reload.click();
  await expect.poll(() => buildOf(page), { timeout: 30_000 }).toBe("B");
  await page
    .getByRole("navigation", { name: "Conversation list" })
    .getByRole("button", { name: "/echo kept across the update" })
    .click();
  await expect(log(page)).toContainText("kept across the update");
});
