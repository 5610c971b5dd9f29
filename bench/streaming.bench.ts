import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SMOKE, recordFigure } from "./support/figures";
import { mainThreadTasks } from "./support/main-thread";

const PAGE_DIR = "out/markdown-page";
const TOKENS_PER_SECOND = 100;
const CHARS_PER_TOKEN = 4;
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".woff2": "font/woff2",
};

/** About `size` characters of chat-style markdown: headings, prose, lists and code. */
function reply(size: number): string {
  const parts: string[] = [];
  for (let i = 1; parts.join("\n\n").length < size; i++) {
    parts.push(
      `## Step ${i}: a heading`,
      `Here is some prose for step ${i}, with **bold**, *emphasis*, \`inline code\` and a [link](https://example.org/${i}). It runs long enough to wrap once or twice on a normal screen.`,
      `- first point of step ${i}\n- second point, a little longer\n- third point`,
      i % 2
        ? `\`\`\`python\ndef step_${i}(items: list[int]) -> int:\n    """Add the even items."""\n    total = 0\n    for item in items:\n        if item % 2 == 0:\n            total += item\n    return total\n\`\`\``
        : `\`\`\`ts\nexport function step${i}(items: number[]): number {\n  // Add the even items.\n  return items.filter((x) => x % 2 === 0).reduce((a, b) => a + b, 0);\n}\n\`\`\``,
    );
  }
  return parts.join("\n\n").slice(0, size);
}

interface Run {
  perTokenMs: number;
  longestTaskMs: number;
  longTasks: number;
  pieces: number;
}

async function run(
  browser: Browser,
  page: Page,
  mode: "incremental" | "full",
  text: string,
): Promise<Run> {
  await page.goto("/__markdown-bench/index.html");
  await page.evaluate(() => {
    const seen: number[] = [];
    Object.assign(window, { longTasks: seen });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push(e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.evaluate(
    (t) =>
      (window as unknown as { prepare: (t: string) => Promise<void> }).prepare(
        t,
      ),
    text,
  );
  await browser.startTracing(page, {
    categories: process.env.BENCH_TRACE
      ? ["toplevel", "disabled-by-default-devtools.timeline", "blink"]
      : ["toplevel"],
  });
  const result = await page.evaluate(
    ([t, m, tps, cpt]) =>
      (
        window as unknown as {
          stream: (
            t: string,
            m: string,
            tps: number,
            cpt: number,
          ) => Promise<{ pieces: number; ms: number }>;
        }
      ).stream(t, m, tps, cpt),
    [text, mode, TOKENS_PER_SECOND, CHARS_PER_TOKEN] as const,
  );
  const raw = await browser.stopTracing();
  if (process.env.BENCH_TRACE)
    (await import("node:fs")).writeFileSync(`/tmp/trace-${mode}.json`, raw);
  const tasks = mainThreadTasks(raw).map((t) => t.ms);
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  expect(tasks.length).toBeGreaterThan(result.pieces / 2);
  return {
    perTokenMs: tasks.reduce((a, b) => a + b, 0) / result.pieces,
    longestTaskMs: Math.max(...tasks),
    longTasks: longTasks.length,
    pieces: result.pieces,
  };
}

test("streaming a markdown reply: main-thread time per token and longest task", async ({
  browser,
  page,
}) => {
  execFileSync("npx", ["vite", "build", "-c", "markdown-page/vite.config.ts"], {
    cwd: import.meta.dirname ?? "bench",
    stdio: "inherit",
  });
  await page.route("**/__markdown-bench/**", (route) => {
    const path = new URL(route.request().url()).pathname.replace(
      "/__markdown-bench/",
      "",
    );
    const file = join(import.meta.dirname ?? "bench", PAGE_DIR, path);
    return route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[extname(file)] ?? "application/octet-stream",
    });
  });
  const text = reply(SMOKE ? 700 : 7 * 1024);
  const incremental = await run(browser, page, "incremental", text);
  const full = await run(browser, page, "full", text);
  const notes = `${text.length} characters in ${incremental.pieces} pieces of ${CHARS_PER_TOKEN} at ${TOKENS_PER_SECOND}/s; Chromium trace RunTask on the page's main thread. Tasks over 50 ms (longtask observer): block cache ${incremental.longTasks}, full re-render ${full.longTasks}.`;
  recordFigure({
    id: "streaming-markdown.per-token",
    title:
      "Main-thread time per streamed token (block cache, rendered per frame)",
    unit: "ms",
    value: incremental.perTokenMs,
    baseline: {
      title: "whole reply re-rendered on every token",
      value: full.perTokenMs,
    },
    target: { max: 1, on: "value" },
    notes,
  });
  recordFigure({
    id: "streaming-markdown.longest-task",
    title: "Longest main-thread task while streaming (block cache)",
    unit: "ms",
    value: incremental.longestTaskMs,
    baseline: {
      title: "whole reply re-rendered on every token",
      value: full.longestTaskMs,
    },
    target: { max: 50, on: "value" },
    notes,
  });
  console.log({ incremental, full });
});
