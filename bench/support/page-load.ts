import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, type Browser } from "@playwright/test";

interface Point {
  x: number;
  y: number;
}

/** One cold load of a page: paint and input times, and every script and style it fetched. */
export interface LoadSample {
  /** First contentful paint, ms after navigation start. */
  fcp: number;
  /**
   * When the "Message" box could first take a keystroke, ms after navigation start: the
   * first task after it appeared. Real typing then checks that it does take one.
   */
  inputReady: number;
  /**
   * When the first character typed into the "Message" box landed in it (its `input`
   * event), ms after navigation start. Typing starts as soon as the box can be clicked.
   */
  typed: number;
  /** Same-origin .js and .css paths the page requested before first contentful paint. */
  beforePaint: string[];
  /**
   * Every URL the page and its workers requested during the load. The service worker's
   * own fetches are left out: it precaches every chunk (the engine's included) in the
   * background after the page is up, which is not the page loading them.
   */
  requested: string[];
}

/**
 * Loads `origin` in a fresh browser context (empty HTTP cache, no service worker), reads
 * the page's own timings, and types into the "Message" box to prove it takes input.
 */
export async function coldLoad(
  browser: Browser,
  origin: string,
  {
    locale,
    messageLabel = "Message",
  }: {
    /** The browser's language (navigator.languages); the context's default if unset. */
    locale?: string;
    /** The message box's accessible name in that language. */
    messageLabel?: string;
  } = {},
): Promise<LoadSample> {
  const context = await browser.newContext(locale ? { locale } : {});
  try {
    const requested: string[] = [];
    context.on("request", (r) => {
      if (!r.serviceWorker()) requested.push(r.url());
    });
    const page = await context.newPage();
    let typing: Promise<void> | undefined;
    await page.exposeBinding("hearthBoxSeen", (_source, at: Point) => {
      typing ??= page.mouse
        .click(at.x, at.y)
        .then(() => page.keyboard.type("h"));
    });
    await page.addInitScript((label: string) => {
      // A keystroke is a task: it runs once the box exists and the main thread is free. So
      // "ready" is the first task to run after the box is in the page, enabled and laid out.
      const w = window as unknown as { boxReadyAt?: number };
      const ready = () => {
        const box = document.querySelector<HTMLTextAreaElement>(
          `[aria-label="${label}"]`,
        );
        return !!box && !box.disabled && box.getClientRects().length > 0;
      };
      // The first keystroke that reaches a Message box, static or the app's own. A capture
      // listener on the document outlives the app replacing index.html's outline.
      const typing = window as unknown as { typedAt?: number };
      document.addEventListener(
        "input",
        (e) => {
          const t = e.target as Element | null;
          if (typing.typedAt === undefined && t?.ariaLabel === label)
            typing.typedAt = performance.now();
        },
        true,
      );
      new MutationObserver((_, observer) => {
        if (!ready()) return;
        observer.disconnect();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.boxReadyAt = performance.now());
        channel.port2.postMessage(null);
        // A person clicks the box once they see it: at the next frame, laid out and
        // styled. The test process clicks and types at once, not through Playwright's
        // actionability retries, whose backoff (up to 500 ms) would swamp the figure.
        requestAnimationFrame(() => {
          const box = document.querySelector(`[aria-label="${label}"]`)!;
          const r = box.getBoundingClientRect();
          const seen = window as unknown as {
            hearthBoxSeen(at: { x: number; y: number }): void;
          };
          seen.hearthBoxSeen({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
        });
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    }, messageLabel);
    await page.goto(`${origin}/`, { waitUntil: "commit" });
    const box = page.getByRole("textbox", { name: messageLabel, exact: true });
    await expect.poll(() => typing !== undefined).toBe(true);
    await typing;
    // "Accepts input" means the keystroke stuck: a controlled box that re-rendered it away
    // would fail here.
    await expect(box).toHaveValue("h");
    const timings = await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const resources = performance
        .getEntriesByType("resource")
        .map((e) => ({ url: e.name, start: e.startTime }));
      const w = window as unknown as { boxReadyAt?: number; typedAt?: number };
      return {
        fcp: fcp?.startTime,
        inputReady: w.boxReadyAt,
        typed: w.typedAt,
        resources,
      };
    });
    if (
      timings.fcp === undefined ||
      timings.inputReady === undefined ||
      timings.typed === undefined
    )
      throw new Error(`${origin}: the browser reported no paint or input time`);
    const beforePaint = timings.resources
      .filter((r) => r.start < timings.fcp! && r.url.startsWith(origin))
      .map((r) => new URL(r.url).pathname)
      .filter((p) => /\.(js|css)$/.test(p));
    return {
      fcp: timings.fcp,
      inputReady: timings.inputReady,
      typed: timings.typed,
      beforePaint,
      requested,
    };
  } finally {
    await context.close();
  }
}

/** Gzipped size of one built file, at gzip's default level, as a static host sends it. */
export function gzipBytes(distDir: string, path: string): number {
  const file = join(distDir, path);
  if (!existsSync(file)) throw new Error(`${path} is not in ${distDir}`);
  return gzipSync(readFileSync(file)).length;
}

/** Gzipped JavaScript and CSS bytes of the files a load fetched before first paint. */
export function initialBytes(
  distDir: string,
  paths: string[],
): { js: number; css: number } {
  let js = 0;
  let css = 0;
  for (const p of new Set(paths)) {
    if (p.endsWith(".js")) js += gzipBytes(distDir, p);
    else css += gzipBytes(distDir, p);
  }
  return { js, css };
}
