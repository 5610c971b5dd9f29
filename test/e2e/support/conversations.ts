import { expect, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { log } from "./app";

export const sidebarList = (page: Page) =>
  page
    .getByRole("navigation", { name: "Conversation list" })
    .getByRole("button");

export const articles = (page: Page) => log(page).locator("article");

/** Presses Tab until the target has focus: proof that the keyboard reaches it. */
export async function tabTo(
  page: Page,
  target: Locator,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Runs an export and returns the downloaded file's text. */
export async function downloadText(
  page: Page,
  start: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent("download");
  await start();
  const file = await download;
  return {
    name: file.suggestedFilename(),
    text: await readFile(await file.path(), "utf8"),
  };
}

export async function exportAllJson(page: Page): Promise<string> {
  const menu = page.getByText("Export and import");
  if (
    !(await page
      .getByRole("button", { name: "Export all chats as JSON" })
      .isVisible())
  )
    await menu.click();
  const { text } = await downloadText(page, () =>
    page.getByRole("button", { name: "Export all chats as JSON" }).click(),
  );
  return text;
}

/** The conversations of an export, without the export's own date. */
export function conversationsOf(json: string): unknown {
  const parsed = JSON.parse(json) as { conversations: Array<{ id: string }> };
  return parsed.conversations.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function expectNoStop(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);
}
