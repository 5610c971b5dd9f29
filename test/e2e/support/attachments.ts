import { expect, type Page } from "@playwright/test";

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Attaches files through the "Attach files" button and the browser's file chooser. */
export async function attach(
  page: Page,
  ...files: Array<FileSpec | string>
): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Attach files" }).click();
  const fc = await chooser;
  expect(fc.isMultiple()).toBe(true);
  // A path is a file on disk; setFiles takes paths or buffers, not a mix.
  if (files.every((f) => typeof f === "string")) await fc.setFiles(files);
  else await fc.setFiles(files.filter((f) => typeof f !== "string"));
}

/** The chips waiting in the composer. */
export const chips = (page: Page) =>
  page.getByRole("list", { name: "Attached files" });
