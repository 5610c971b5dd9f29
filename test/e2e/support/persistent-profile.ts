import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium";

/**
 * Runs `body` in a fresh on-disk Chromium profile, as a person's browser is, then closes it
 * and deletes the profile. Chromium reports installability (and Hearth shows "Install app")
 * only in such a profile; a Playwright context is incognito (REFERENCE.md).
 */
export async function withPersistentProfile<T>(
  body: (page: Page, context: BrowserContext) => Promise<T>,
  options: { baseURL?: string } = {},
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "hearth-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs({ webgpu: true }),
    baseURL: options.baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await body(page, context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
