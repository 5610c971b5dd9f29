import { expect, test, type Page } from "@playwright/test";
import {
  expectReady,
  expectSelectedModel,
  lastReply,
  loadModel,
  log,
  replies,
  send,
} from "../support/app";

/** The worker died, and a new one was started with the model loaded again. */
async function expectRestarted(page: Page): Promise<void> {
  await expect(
    page.getByText("The engine stopped unexpectedly and was restarted."),
  ).toBeVisible();
  await expectReady(page);
}

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
  await expect(
    page.getByRole("button", { name: "Use a smaller model" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Reload model" }).click();
  await expectReady(page);
  await expect(alert).toHaveCount(0);
  await send(page, "/echo after");
  expect(await lastReply(page)).toBe("after");
  await expect(log(page).locator("article")).toHaveCount(6);
});

test("a crashed worker is replaced on its own, the user is told, and no message is lost", async ({
  page,
}) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await loadModel(page);
  await send(page, "/echo kept");
  expect(await lastReply(page)).toBe("kept");
  await send(page, "/fail worker-crash");
  await expectRestarted(page);
  expect(workers).toHaveLength(2);
  await expect(log(page).locator("article")).toHaveCount(4);
  await expect(replies(page).first()).toHaveText("kept");
  await expect(replies(page).last()).toContainText(
    "This reply will not finish",
  );
  await expect(log(page)).toContainText("The reply so far is kept.");
  await send(page, "/echo alive");
  expect(await lastReply(page)).toBe("alive");
  await expect(log(page).locator("article")).toHaveCount(6);
});

test("a second crash soon after a restart leaves Reload model to the user", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "/fail worker-crash");
  await expectRestarted(page);
  await send(page, "/fail worker-crash");
  await expect(page.getByRole("alert")).toContainText(
    "The engine stopped unexpectedly.",
  );
  await page.getByRole("button", { name: "Reload model" }).click();
  await expectReady(page);
  await send(page, "/echo back");
  expect(await lastReply(page)).toBe("back");
  await expect(log(page).locator("article")).toHaveCount(6);
});

test("after a lost GPU, Use a smaller model loads the advisor's next smaller model", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "/fail device-lost");
  await expect(page.getByRole("alert")).toContainText(
    "The GPU ran out of memory or was reset.",
  );
  await page.getByRole("button", { name: "Use a smaller model" }).click();
  // SwiftShader: Llama 2 7B chat q4f32_1 (8.9 GB) → Llama 3.1 8B Instruct q4f32_1 (6.0 GB).
  await expectSelectedModel(page, "Llama-3.1-8B-Instruct-q4f32_1-MLC");
  await expectReady(page, "Llama 3.1 8B Instruct q4f32_1 · Ready");
  await expect(replies(page).last()).toContainText(
    "This reply will not finish",
  );
  await send(page, "/echo smaller");
  expect(await lastReply(page)).toBe("smaller");
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
  await expectReady(page);
});
