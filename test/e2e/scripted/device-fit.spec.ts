import { expect, test } from "@playwright/test";
import {
  chooseModel,
  expectReady,
  expectSelectedModel,
  modelPicker,
  lastReply,
  loadModel,
  modelStatus,
  send,
} from "../support/app";

test("SwiftShader: Llama 2 7B chat in q4f32_1 is chosen, labelled, with a suggestion and the risk", async ({
  page,
}) => {
  await page.goto("/");
  await expectSelectedModel(page, "Llama-2-7b-chat-hf-q4f32_1-MLC");
  // Every option carries its label; this one is too big or slow to be sure of.
  await modelPicker(page).click();
  const selected = page.getByRole("option", { selected: true });
  await expect(selected).toHaveAccessibleName("Llama 2 7B chat q4f32_1");
  await expect(selected).toHaveAccessibleDescription(
    /8\.90 GB GPU memory · may be tight · Not downloaded$/,
  );
  await expect(
    page.getByRole("option", { name: "Llama 2 7B chat q4f16_1", exact: true }),
  ).toHaveAccessibleDescription(/won't run/);
  await page.keyboard.press("Escape");
  const advice = page.getByRole("region", { name: "Device fit" });
  await expect(advice).toContainText("may be tight. You can still load it");
  await expect(advice).toContainText(
    "Suggested for this device: Llama 3.2 1B Instruct (q4f32_1)",
  );
  await expect(advice).toContainText("software renderer on the CPU");
  await expect(advice).toContainText("no model is expected to run well here");

  await advice.getByRole("button", { name: "Use suggested model" }).click();
  await expectSelectedModel(page, "Llama-3.2-1B-Instruct-q4f32_1-MLC");
  await chooseModel(page, "Llama 2 7B chat q4f32_1");
  await expectSelectedModel(page, "Llama-2-7b-chat-hf-q4f32_1-MLC");
});

test("two tabs: the second is told another tab holds the GPU, and can take over", async ({
  page,
  context,
}) => {
  await loadModel(page);
  await send(page, "/echo first tab");
  expect(await lastReply(page)).toBe("first tab");

  const second = await context.newPage();
  const workers: string[] = [];
  second.on("worker", (w) => workers.push(w.url()));
  await second.goto("/");
  await second.getByRole("button", { name: "Load model" }).click();
  const busy = second.getByRole("alert");
  await expect(busy).toContainText("Another Hearth tab is using the GPU");
  await expect(modelStatus(second)).toContainText("No model loaded");
  // No second copy: the tab never even started an engine worker.
  expect(workers).toHaveLength(0);

  await second.getByRole("button", { name: "Take over" }).click();
  await expectReady(second);
  await expect(modelStatus(page)).toContainText("No model loaded");
  await expect(
    page.getByText("Another Hearth tab took over the GPU"),
  ).toBeVisible();
  await send(second, "/echo second tab");
  expect(await lastReply(second)).toBe("second tab");

  // And back: the first tab now finds the GPU taken.
  await page.getByRole("button", { name: "Load model" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Another Hearth tab is using the GPU",
  );
});
