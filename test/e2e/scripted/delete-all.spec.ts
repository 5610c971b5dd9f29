import { expect, test } from "@playwright/test";
import { lastReply, loadModel, log, send } from "../support/app";
import { sidebarList } from "../support/conversations";
import { openModels } from "../support/models";
import { storedRecords } from "../support/stored";

test("Delete all data empties every store while the app holds its databases open, then reloads", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "/echo keep this?");
  expect(await lastReply(page)).toBe("keep this?");
  await expect(sidebarList(page)).toHaveCount(1);
  const before = await storedRecords(page);
  expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  const dialog = await openModels(page);
  await dialog.getByRole("button", { name: "Delete all data" }).click();
  await expect(
    dialog.getByRole("alertdialog", { name: "Delete all data?" }),
  ).toBeVisible();
  const reloaded = page.waitForEvent("load");
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await reloaded;

  await expect(page.getByRole("button", { name: "Load model" })).toBeVisible();
  await expect(sidebarList(page)).toHaveCount(0);
  await expect(log(page).locator("article")).toHaveCount(0);
  const after = await storedRecords(page);
  expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(0);
});
