import { expect, type Page } from "@playwright/test";
import { expectReady, messageBox, modelStatus, send } from "./app";

/**
 * Holds the scripted engine where it is: a busy loop in the engine worker, so the page
 * keeps showing the state it was in (downloading, loading) while a test looks at it. The
 * page's crash detection needs over 10 s of silence, so `ms` stays well below that.
 */
export function freezeEngine(page: Page, ms = 8000): void {
  const worker = page.workers().find((w) => w.url().includes("engine.worker"));
  if (!worker) throw new Error("No engine worker to hold");
  void worker
    .evaluate((wait) => {
      const end = Date.now() + wait;
      while (Date.now() < end);
    }, ms)
    .catch(() => {});
}

/** Presses Load model and holds the engine at the first progress whose text matches. */
export async function holdLoadAt(page: Page, text: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Load model" }).click();
  // Polled every frame in the page: a scripted phase lasts about 110 ms.
  await page.waitForFunction(
    (source) => {
      const bar = document.querySelector(
        '[role="progressbar"][aria-label="Model loading"]',
      );
      return new RegExp(source).test(bar?.getAttribute("aria-valuetext") ?? "");
    },
    text.source,
    { polling: "raf" },
  );
  freezeEngine(page);
}

/** A finished exchange whose reply has a heading, a list, code and math. */
export const RICH_REPLY = [
  "## Compound interest",
  "",
  "The balance after $n$ years is $A = P(1 + r)^n$, and for continuous growth",
  "",
  "$$A = Pe^{rt}$$",
  "",
  "- **P**: the principal",
  "- **r**: the yearly rate",
  "",
  "```python",
  "def balance(p, r, n):",
  "    return p * (1 + r) ** n",
  "```",
].join("\n");

export async function finishedReply(page: Page): Promise<void> {
  await send(page, `/echo ${RICH_REPLY}`);
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);
  await expect(page.locator(".katex").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy code" })).toBeVisible();
}

/** Starts a reply long enough (scripted: 4 characters every 10 ms) to look at it streaming. */
export async function longReply(page: Page, text?: string): Promise<void> {
  const words = Array.from({ length: 800 }, (_, i) => `word${i}`).join(" ");
  await send(page, `/echo ${text ?? `${RICH_REPLY}\n\n${words}`}`);
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await expectReady(page, "Writing…");
}

export async function failedReply(page: Page): Promise<void> {
  await send(page, "/fail device-lost");
  await expect(page.getByRole("alert")).toContainText(
    "The GPU ran out of memory or was reset.",
  );
  await expect(modelStatus(page)).toContainText("Stopped with an error");
  await expect(messageBox(page)).toBeVisible();
}
