import { expect, type Page } from "@playwright/test";
import { name } from "./i18n";
import type { LoadPhase } from "../../../src/engine/protocol";
import { expectReady, messageBox, modelStatus, send } from "./app";

/**
 * Presses Load model and holds what the page sees of the engine at the first progress of
 * one of `phases` (shown as `text`). The hold is set before the click, where the messages
 * are made or received, not by polling the page: a scripted phase lasts about 110 ms, and
 * on a loaded machine a poll of the page can miss it.
 */
export async function holdLoadAt(
  page: Page,
  text: RegExp,
  phases: LoadPhase[],
  ms = 8000,
): Promise<void> {
  const running = page.workers().find((w) => w.url().includes("engine.worker"));
  if (running)
    // In the worker: post that progress, then stay busy (a busy loop in the engine worker;
    // the page's crash detection needs over 10 s of silence, so `ms` stays well below).
    await running.evaluate(
      ({ phases, ms }) => {
        const post = self.postMessage.bind(self);
        let held = false;
        self.postMessage = ((m: {
          type?: string;
          progress?: { phase: string };
        }) => {
          post(m);
          if (
            held ||
            m.type !== "progress" ||
            !phases.includes(m.progress!.phase)
          )
            return;
          held = true;
          const end = Date.now() + ms;
          while (Date.now() < end);
        }) as typeof self.postMessage;
      },
      { phases: phases as string[], ms },
    );
  // The engine worker starts on first use: hold its messages in the page as they arrive.
  else
    await page.evaluate(
      ({ phases, ms }) => {
        const Real = window.Worker;
        window.Worker = class extends Real {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            if (!String(url).includes("engine.worker")) return;
            window.Worker = Real;
            const replayed = new WeakSet<Event>();
            const queue: unknown[] = [];
            let holding = false;
            // Registered before the app's own handler, so it sees every message first.
            this.addEventListener("message", (e: MessageEvent) => {
              if (replayed.has(e)) return;
              if (holding) {
                e.stopImmediatePropagation();
                queue.push(e.data);
                return;
              }
              const m = e.data as {
                type?: string;
                progress?: { phase: string };
              };
              if (m.type !== "progress" || !phases.includes(m.progress!.phase))
                return;
              holding = true;
              setTimeout(() => {
                for (const data of queue.splice(0)) {
                  const again = new MessageEvent("message", { data });
                  replayed.add(again);
                  this.dispatchEvent(again);
                }
                phases = [];
                holding = false;
              }, ms);
            });
          }
        };
      },
      { phases: phases as string[], ms },
    );
  await page.getByRole("button", { name: name("models.picker.load") }).click();
  await page.waitForFunction(
    ({ source, label }) => {
      const bar = document.querySelector(
        `[role="progressbar"][aria-label="${label}"]`,
      );
      return new RegExp(source).test(bar?.getAttribute("aria-valuetext") ?? "");
    },
    { source: text.source, label: name("models.progress.label") },
  );
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
  await expect(
    page.getByRole("button", { name: name("chat.composer.stop") }),
  ).toHaveCount(0);
  await expect(page.locator(".katex").first()).toBeVisible();
  await expect(
    page.getByRole("button", { name: name("chat.markdown.copyCode") }),
  ).toBeVisible();
}

/**
 * Starts a reply long enough (scripted: 4 characters every 10 ms) to look at it streaming:
 * about 9,000 characters, 20 s or more, in paragraphs so its rendering costs what a
 * normal reply's does. Longer would not fit the model's context window (the echo is the
 * message sent). A check that outlasts it on a loaded machine is allowed for where the
 * reply is stopped (`stopIfWriting`).
 */
export async function longReply(page: Page, text?: string): Promise<void> {
  const words = Array.from({ length: 60 }, (_, p) =>
    Array.from({ length: 20 }, (_, i) => `word${p * 20 + i}`).join(" "),
  ).join("\n\n");
  await send(page, `/echo ${text ?? `${RICH_REPLY}\n\n${words}`}`);
  await expect(
    page.getByRole("button", { name: name("chat.composer.stop") }),
  ).toBeVisible();
  await expectReady(page, name("shell.status.generating"));
}

/** Stops the reply if it is still being written, and waits until nothing is. */
export async function stopIfWriting(page: Page): Promise<void> {
  const stop = page.getByRole("button", { name: name("chat.composer.stop") });
  // The reply may end between the look and the click: then there is nothing to stop.
  if (await stop.isVisible())
    await stop.click({ timeout: 5000 }).catch(() => {});
  await expect(stop).toHaveCount(0);
}

export async function failedReply(page: Page): Promise<void> {
  await send(page, "/fail device-lost");
  await expect(page.getByRole("alert")).toContainText(
    name("engine.error.deviceLost.title"),
  );
  await expect(modelStatus(page)).toContainText(name("shell.status.failed"));
  await expect(messageBox(page)).toBeVisible();
}
