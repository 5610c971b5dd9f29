import { expect, test, type Page } from "@playwright/test";
import { chooseModel, expectReady, modelPicker } from "../support/app";
import { expectNoSeriousA11yViolations } from "../support/axe";
import {
  failedReply,
  finishedReply,
  holdLoadAt,
  longReply,
} from "../support/engine-states";
import { expectCleanLayout } from "../support/layout";

/**
 * Every engine state, at every width from a phone to a wide desktop, in both themes: no
 * two controls drawn over each other, no clipped button or label, no sideways scrolling,
 * and no serious accessibility violation. One page walks through the states; each is held
 * (the scripted engine frozen, or a long reply) while the viewport is resized around it.
 */
async function check(page: Page, state: string) {
  await expectCleanLayout(page, state);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSeriousA11yViolations(page, state);
}

test("the layout holds at every width, in both themes, in every engine state", async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
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

  await holdLoadAt(page, /^Downloading the model/);
  await check(page, "downloading");
  await expectReady(page);

  await finishedReply(page);
  await check(page, "ready, a finished reply");

  await longReply(page);
  await check(page, "writing");
  await page.getByRole("button", { name: "Stop" }).click();

  await failedReply(page);
  await check(page, "failed");

  // Another model, held while it loads into the GPU (after its download).
  await page.getByRole("button", { name: "Reload model" }).click();
  await expectReady(page);
  await chooseModel(page, "Llama-3.2-1B-Instruct-q4f32_1-MLC");
  await holdLoadAt(page, /^(Loading into the GPU|Compiling shaders)/);
  await check(page, "loading");
  await expectReady(page);

  const second = await context.newPage();
  await second.goto("/");
  await second.getByRole("button", { name: "Load model" }).click();
  await expect(second.getByRole("alert")).toContainText(
    "Another Hearth tab is using the GPU",
  );
  await check(second, "another tab holds the GPU");
});
