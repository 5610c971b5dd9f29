import { expect, type Page } from "@playwright/test";
import { chooseModel, expectReady, modelPicker } from "./app";
import {
  failedReply,
  finishedReply,
  holdLoadAt,
  longReply,
  stopIfWriting,
} from "./engine-states";

/**
 * One page walked through every engine state the interface has, calling `check` in each
 * while it holds (the scripted engine frozen, a long reply still streaming): first visit,
 * model list open, Models dialog, downloading, a finished reply, writing, failed, loading,
 * and a second tab told that another holds the GPU. Used by the layout and axe specs.
 */
export async function walkStates(
  page: Page,
  check: (page: Page, state: string) => Promise<void>,
): Promise<void> {
  await page.goto("/");
  await expect(
    page.getByRole("button", { name: "Download and start" }),
  ).toBeVisible();
  await check(page, "idle, first visit");

  await modelPicker(page).click();
  await expect(page.getByRole("listbox", { name: "Models" })).toBeVisible();
  await check(page, "model picker open");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Manage models" }).click();
  await expect(page.getByRole("dialog", { name: "Models" })).toBeVisible();
  await check(page, "Models dialog");
  await page.getByRole("button", { name: "Close" }).click();

  await holdLoadAt(page, /^Downloading the model/, ["fetching"]);
  await check(page, "downloading");
  await expectReady(page);

  await finishedReply(page);
  await check(page, "ready, a finished reply");

  await longReply(page);
  await check(page, "writing");
  await stopIfWriting(page);

  await failedReply(page);
  await check(page, "failed");

  // Another model, held while it loads into the GPU (after its download).
  await page.getByRole("button", { name: "Reload model" }).click();
  await expectReady(page);
  await chooseModel(page, "Llama-3.2-1B-Instruct-q4f32_1-MLC");
  await holdLoadAt(page, /^(Loading into the GPU|Compiling shaders)/, [
    "loading",
    "compiling",
  ]);
  await check(page, "loading");
  await expectReady(page);

  const second = await page.context().newPage();
  await second.goto("/");
  await second.getByRole("button", { name: "Load model" }).click();
  await expect(second.getByRole("alert")).toContainText(
    "Another Hearth tab is using the GPU",
  );
  await check(second, "another tab holds the GPU");
}
