import { expect, test } from "@playwright/test";
import { expectReady, lastReply, send } from "../support/app";
import { withPersistentProfile } from "../support/persistent-profile";
import { expectCleanLayout } from "../support/layout";

// Chromium offers installation only in a persistent profile, and then the top bar also
// holds "Install app": the narrowest it gets for a person (REFERENCE.md). Here it holds
// that, the "Offline" mark, a loaded model's name and its speed, all at once.
test("a person's browser: Install app, Offline, a loaded model and its speed fit at every width", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  await withPersistentProfile(async (page, context) => {
    await page.goto(baseURL + "/");
    await expect(
      page.getByRole("button", { name: "Install app" }),
    ).toBeVisible();
    await expectCleanLayout(page, "idle, installable");

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole("button", { name: "Load model" }).click();
    await expectReady(page);
    await send(page, "/echo a short reply");
    expect(await lastReply(page)).toBe("a short reply");
    await expect(
      page.getByRole("status", { name: "Model status" }),
    ).toContainText("tok/s");
    await context.setOffline(true);
    await expect(page.getByText("Offline", { exact: true })).toBeVisible();
    await expectCleanLayout(page, "ready, installable, offline");
  });
});
