import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import {
  expectReady,
  lastReply,
  loadModel,
  log,
  replies,
  send,
} from "../support/app";
import { waitForServiceWorker } from "../support/service-worker";

const network = (page: Page) => page.getByRole("status", { name: "Network" });

/** A first visit with a conversation, then no network and a reload. */
async function visitThenReloadOffline(page: Page, context: BrowserContext) {
  await loadModel(page);
  await waitForServiceWorker(page);
  await send(page, "/echo written before going offline");
  expect(await lastReply(page)).toBe("written before going offline");
  await expect(network(page)).toHaveText("");

  await context.setOffline(true);
  await expect(network(page)).toHaveText("Offline");
  await page.reload();
  // The shell came from the service worker: the app renders with no network.
  await expect(page.getByRole("button", { name: "Load model" })).toBeVisible();
  // The label starts from navigator.onLine. A disconnected machine reports false, but
  // Chromium 150 reports true in a page its service worker served under emulated offline
  // (Chromium 156 reports false), so compare with what this browser says.
  const onLine = await page.evaluate(() => navigator.onLine);
  await expect(network(page)).toHaveText(onLine ? "" : "Offline");
  if (onLine) {
    // Either way, the browser's next word about the network reaches the label.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(network(page)).toHaveText("Offline");
  }
}

test("after one visit the app opens and chats with no network", async ({
  page,
  context,
}) => {
  await visitThenReloadOffline(page, context);
  // The engine worker's chunk is precached too: a model loads and replies offline.
  await page.getByRole("button", { name: "Load model" }).click();
  await expectReady(page);
  await send(page, "/echo still here offline");
  expect(await lastReply(page)).toBe("still here offline");
  // Math is typeset with KaTeX's own fonts, which came from the precache.
  await send(page, "/echo $\\frac{a}{b} = c^2$");
  await expect(replies(page).last().locator(".katex")).toBeVisible();
  // A font the network would have had to supply fails to load offline ("error").
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((f) => f.family.includes("KaTeX") && f.status !== "unloaded")
          .map((f) => `${f.family.replace(/"/g, "")} ${f.status}`);
      }),
    )
    .toContain("KaTeX_Main loaded");
  const failed = await page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.family.includes("KaTeX") && f.status === "error")
      .map((f) => f.family),
  );
  expect(failed).toEqual([]);

  await context.setOffline(false);
  await expect(network(page)).toHaveText("");
});

test("offline, a conversation made before is still there", async ({
  page,
  context,
}) => {
  await visitThenReloadOffline(page, context);
  const list = page.getByRole("navigation", { name: "Conversation list" });
  await list
    .getByRole("button", { name: "/echo written before going offline" })
    .click();
  await expect(log(page)).toContainText("written before going offline");
});
