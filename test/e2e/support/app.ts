import { expect, type Page } from "@playwright/test";
import { name } from "./i18n";

export interface ProgressSample {
  value: number;
  text: string;
}

/**
 * Records every state of the model-loading bar in the page, so short phases are not missed
 * between polls: a loaded test machine can stall this process for longer than the scripted
 * load (about a second) shows its bar. Returns a reader of what was seen so far.
 */
export async function recordProgress(
  page: Page,
): Promise<() => Promise<ProgressSample[]>> {
  await page.evaluate(() => {
    const seen: Array<{ value: number; text: string }> = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector(
        '[role="progressbar"][aria-label="Model loading"]',
      );
      const now = bar?.getAttribute("aria-valuenow");
      const text = bar?.getAttribute("aria-valuetext") ?? "";
      const shown = !!bar && bar.getClientRects().length > 0;
      if (shown && now != null && text !== seen.at(-1)?.text) {
        seen.push({ value: Number(now), text });
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { progressSeen: ProgressSample[] }).progressSeen,
    );
}

/** Opens the app and loads the selected model through the UI, recording the progress bar. */
export async function loadModel(page: Page): Promise<ProgressSample[]> {
  await page.goto("/");
  const progress = await recordProgress(page);
  await page.getByRole("button", { name: name("models.picker.load") }).click();
  await expectReady(page);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  const seen = await progress();
  expect(
    seen.length,
    "the progress bar was shown while loading",
  ).toBeGreaterThan(0);
  return seen;
}

/** The top bar's model state: "Ready", "Writing…", the error, tokens per second. */
export const modelStatus = (page: Page) =>
  page.getByRole("status", { name: name("shell.status.label") });

/** Waits until the model status reads `text` ("Ready" unless told, e.g. "<model> · Ready"). */
export async function expectReady(
  page: Page,
  text = name("shell.status.ready"),
): Promise<void> {
  await expect(modelStatus(page)).toContainText(text);
}

export const messageBox = (page: Page) =>
  page.getByRole("textbox", { name: name("chat.composer.label") });
export const log = (page: Page) => page.getByRole("log");
export const replies = (page: Page) =>
  log(page).locator("article.assistant .content");

export async function send(page: Page, text: string): Promise<void> {
  await messageBox(page).fill(text);
  await page.getByRole("button", { name: name("chat.composer.send") }).click();
}

/** Waits until no reply is streaming, then returns the last reply's text exactly. */
export async function lastReply(page: Page): Promise<string> {
  await expect(
    page.getByRole("button", { name: name("chat.composer.stop") }),
  ).toHaveCount(0);
  return replies(page)
    .last()
    .evaluate((el) => (el as HTMLElement).innerText);
}

/**
 * Loads the model in a tab while another tab of the same browser holds it: one model per
 * browser (issue 6), so this tab is told the GPU is in use and takes over.
 */
export async function takeOverModel(page: Page): Promise<void> {
  if (page.url() === "about:blank") await page.goto("/");
  await page.getByRole("button", { name: "Load model" }).click();
  await page.getByRole("button", { name: "Take over" }).click();
  await expectReady(page);
}

/** The model chooser: a combobox named "Model" whose list opens on click or arrow keys. */
export const modelPicker = (page: Page) =>
  page.getByRole("combobox", {
    name: name("models.picker.label"),
    exact: true,
  });

/** The selected model's id (the picker carries it as data-value). */
export async function expectSelectedModel(page: Page, id: string) {
  await expect(modelPicker(page)).toHaveAttribute("data-value", id);
}

/**
 * Chooses a model in the picker with the mouse: by its id, or by the name its option
 * shows ("Llama 3.2 1B Instruct q4f32_1"). Returns the list, still open, if `keepOpen`.
 */
export async function chooseModel(page: Page, idOrName: string) {
  await modelPicker(page).click();
  const list = page.getByRole("listbox", { name: name("models.picker.list") });
  const option = /\s/.test(idOrName)
    ? list.getByRole("option", { name: idOrName, exact: true })
    : list.locator(`[role="option"][data-value="${idOrName}"]`);
  if (!(await option.count()))
    await page.getByLabel(name("models.picker.showAll")).check();
  await option.click();
  await expect(list).toHaveCount(0);
}
