import { expect, test } from "@playwright/test";
import {
  chooseModel,
  expectReady,
  lastReply,
  messageBox,
  modelStatus,
  recordProgress,
} from "../support/app";

test("a first visit shows one card that downloads and loads the suggested model", async ({
  page,
}) => {
  await page.goto("/");
  const card = page.getByRole("region", {
    name: "Start with Llama 3.2 1B Instruct q4f32_1",
  });
  // SwiftShader: nothing runs well, so the smallest Llama is suggested, with its costs.
  await expect(card).toContainText(/about \d+ MB download/);
  await expect(card).toContainText("1.10 GB GPU memory · may be tight");
  await card.getByRole("button", { name: "Download and start" }).click();
  await expectReady(page, "Llama 3.2 1B Instruct q4f32_1 · Ready");
  await expect(card).toHaveCount(0);
});

test("Send with no model loaded loads the chosen model first, then answers", async ({
  page,
}) => {
  await page.goto("/");
  await expect(modelStatus(page)).toContainText("No model loaded");
  const progress = await recordProgress(page);
  await messageBox(page).fill("/echo loaded on demand");
  await page.getByRole("button", { name: "Send" }).click();
  await expectReady(page, "Llama 2 7B chat q4f32_1");
  // From the page's own record: under load the one-second bar can come and go between polls.
  expect(
    (await progress()).length,
    "the Model loading bar was shown before the answer",
  ).toBeGreaterThan(0);
  expect(await lastReply(page)).toBe("loaded on demand");
  await expect(messageBox(page)).toHaveValue("");
});

test("the fit line explains itself behind Why?, and stays dismissed for that model", async ({
  page,
}) => {
  await page.goto("/");
  const line = page.getByRole("region", { name: "Device fit" });
  await expect(line).toContainText("Llama 2 7B chat q4f32_1 · may be tight");
  const why = line.getByText("Why?");
  const reasons = line.getByText(/You can still load it/);
  await expect(reasons).toBeHidden();
  await why.click();
  await expect(reasons).toBeVisible();
  await expect(line.getByText(/needs no 16-bit shaders/)).toBeVisible();

  await line.getByRole("button", { name: "Dismiss" }).click();
  await expect(line).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Load model" })).toBeEnabled();
  await expect(line).toHaveCount(0);
  // Another model has its own line.
  await chooseModel(page, "Llama 3.1 8B Instruct q4f32_1");
  await expect(line).toContainText("Llama 3.1 8B Instruct q4f32_1");
});
