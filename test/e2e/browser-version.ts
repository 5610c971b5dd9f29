import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./support/chromium";

/** Playwright's global setup: says which browser the run tests, before any test runs. */
export default async function printBrowserVersion(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs({ webgpu: false }),
  });
  console.log(`e2e: Chromium ${browser.version()} (${chromiumPath})`);
  await browser.close();
}
