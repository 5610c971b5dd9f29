import { expect, test } from "@playwright/test";
import { lastReply, loadModel, log, replies, send } from "../support/app";

test("a lost GPU keeps the partial reply, and Reload model brings the engine back", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "/echo before the failure");
  expect(await lastReply(page)).toBe("before the failure");
  await send(page, "/fail device-lost");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The GPU ran out of memory or was reset.");
  await expect(replies(page).last()).toContainText(
    "This reply will not finish",
  );
  await expect(log(page)).toContainText("The reply so far is kept.");

  await page.getByRole("button", { name: "Reload model" }).click();
  await expect(
    page.getByRole("status", { name: "Model status" }),
  ).toContainText("Ready");
  await expect(alert).toHaveCount(0);
  await send(page, "/echo after");
  expect(await lastReply(page)).toBe("after");
  await expect(log(page).locator("article")).toHaveCount(6);
});

test("a crashed worker is reported, no message is lost, and Reload model starts a new one", async ({
  page,
}) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await loadModel(page);
  await send(page, "/echo kept");
  expect(await lastReply(page)).toBe("kept");
  await send(page, "/fail worker-crash");
  await expect(page.getByRole("alert")).toContainText(
    "The engine stopped unexpectedly.",
  );
  await expect(log(page).locator("article")).toHaveCount(4);
  await expect(replies(page).first()).toHaveText("kept");

  await page.getByRole("button", { name: "Reload model" }).click();
  await expect(
    page.getByRole("status", { name: "Model status" }),
  ).toContainText("Ready");
  expect(workers).toHaveLength(2);
  await send(page, "/echo alive");
  expect(await lastReply(page)).toBe("alive");
});

test("a conversation longer than the context window gets a plain message", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, `/echo ${"word ".repeat(20_000)}`);
  await expect(log(page)).toContainText(
    "This conversation is longer than the model can read at once.",
  );
  await expect(log(page)).toContainText("Start a new chat");
  await expect(
    page.getByRole("status", { name: "Model status" }),
  ).toContainText("Ready");
});
