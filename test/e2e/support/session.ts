import { expect, type Page } from "@playwright/test";

/** Chat settings and export, the parts of a whole session beyond chatting. */
export async function settingsAndExport(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Chat settings" }).click();
  const settings = page.getByRole("form", { name: "Chat settings" });
  await settings.getByLabel("Temperature").fill("0.5");
  await settings.getByLabel("Temperature").blur();
  await page.getByText("Export chat", { exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export chat as JSON" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
}
