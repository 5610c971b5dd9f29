import { expect, type Page } from "@playwright/test";
import { chooseModel, expectReady, modelPicker } from "./app";
import { name } from "./i18n";
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
    page.getByRole("button", { name: name("models.first.start") }),
  ).toBeVisible();
  await check(page, "idle, first visit");

  await modelPicker(page).click();
  await expect(
    page.getByRole("listbox", { name: name("models.picker.list") }),
  ).toBeVisible();
  await check(page, "model picker open");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: name("models.dialog.open") }).click();
  await expect(
    page.getByRole("dialog", { name: name("models.dialog.title") }),
  ).toBeVisible();
  await check(page, "Models dialog");
  await page.getByRole("button", { name: name("models.dialog.close") }).click();

  await holdLoadAt(page, startsWith(name("models.progress.fetching")), [
    "fetching",
  ]);
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
  await page
    .getByRole("button", { name: name("shell.notices.failure.reload") })
    .click();
  await expectReady(page);
  await chooseModel(page, "Llama-3.2-1B-Instruct-q4f32_1-MLC");
  await holdLoadAt(
    page,
    startsWith(
      name("models.progress.loading"),
      name("models.progress.compiling"),
    ),
    ["loading", "compiling"],
  );
  await check(page, "loading");
  await expectReady(page);

  const second = await page.context().newPage();
  await second.goto("/");
  await second
    .getByRole("button", { name: name("models.picker.load") })
    .click();
  await expect(second.getByRole("alert")).toContainText(
    name("shell.notices.gpuBusy.title"),
  );
  await check(second, "another tab holds the GPU");
}

/** A pattern for a progress text that starts with one of `texts`. */
function startsWith(...texts: string[]): RegExp {
  return new RegExp(
    `^(${texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  );
}
