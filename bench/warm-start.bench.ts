import { expect, test, type Browser } from "@playwright/test";
import { StaticServer } from "../test/fixtures/static-server";
import { waitForServiceWorker } from "../test/e2e/support/service-worker";
import { SMOKE, median, recordFigure } from "./support/figures";

// Warm start (the service worker serves the app shell) against cold start (a fresh profile,
// everything from the network) of the same production build, served by our own server so
// it can count the bytes it sends. Both are timed in the page from navigation start.
const RUNS = SMOKE ? 1 : 5;

interface Start {
  fcp: number;
  input: number;
  bytes: number;
}

/** Records when the "Message" box is in the page and enabled, from navigation start. */
function watchComposer() {
  const mark = () => {
    const box = document.querySelector<HTMLTextAreaElement>(
      'textarea[aria-label="Message"]',
    );
    if (box && !box.disabled && !("inputReadyAt" in window)) {
      Object.assign(window, { inputReadyAt: performance.now() });
    }
  };
  new MutationObserver(mark).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

/** A modest broadband link, applied with CDP to the measured page's own requests. */
const LINK = {
  latency: 40,
  downloadThroughput: 20e6 / 8,
  uploadThroughput: 5e6 / 8,
};

async function start(
  browser: Browser,
  server: StaticServer,
  warm: boolean,
  throttled: boolean,
): Promise<Start> {
  const context = await browser.newContext();
  try {
    if (warm) {
      // A first visit installs the service worker and its precache.
      const first = await context.newPage();
      await first.goto(server.origin + "/");
      await waitForServiceWorker(first);
      await first.close();
    }
    const page = await context.newPage();
    await page.addInitScript(watchComposer);
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        ...LINK,
      });
    }
    const before = server.requests.length;
    await page.goto(server.origin + "/");
    const box = page.getByRole("textbox", { name: "Message" });
    await box.fill("ready");
    await expect(box).toHaveValue("ready");
    const timing = await page.evaluate(async () => {
      const fcp = await new Promise<number>((resolve) =>
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(list.getEntries()[0].startTime);
        }).observe({ type: "paint", buffered: true }),
      );
      return {
        fcp,
        input: (window as unknown as { inputReadyAt: number }).inputReadyAt,
      };
    });
    const bytes = server.requests
      .slice(before)
      .reduce((sum, r) => sum + r.bytes, 0);
    return { ...timing, bytes };
  } finally {
    await context.close();
  }
}

for (const throttled of [false, true]) {
  const where = throttled ? "over a 20 Mbit/s, 40 ms link" : "from 127.0.0.1";
  const suffix = throttled ? ".link" : "";

  test(`warm start from the service worker vs cold start, ${where}`, async ({
    browser,
  }) => {
    const server = await new StaticServer("dist").start();
    try {
      const cold: Start[] = [];
      const warm: Start[] = [];
      // Interleaved, so a slow moment on the shared machine hits both sides alike.
      for (let i = 0; i < RUNS; i++) {
        cold.push(await start(browser, server, false, throttled));
        warm.push(await start(browser, server, true, throttled));
      }
      const m = (xs: Start[], k: keyof Start) => median(xs.map((x) => x[k]));
      const runs = (k: keyof Start) => ({
        value: warm.map((x) => x[k]),
        baseline: cold.map((x) => x[k]),
      });
      const notes = `median of ${RUNS} interleaved runs; production build ${where}`;
      recordFigure({
        id: `warm-start.fcp${suffix}`,
        title: `Warm start ${where}: first contentful paint`,
        unit: "ms",
        value: m(warm, "fcp"),
        runs: runs("fcp"),
        baseline: { title: "cold start", value: m(cold, "fcp") },
        notes,
      });
      recordFigure({
        id: `warm-start.input${suffix}`,
        title: `Warm start ${where}: message box accepts input`,
        unit: "ms",
        value: m(warm, "input"),
        runs: runs("input"),
        baseline: { title: "cold start", value: m(cold, "input") },
        notes,
      });
      if (throttled) return;
      recordFigure({
        id: "warm-start.bytes",
        title: "Warm start: bytes fetched from the network",
        unit: "bytes",
        value: m(warm, "bytes"),
        baseline: { title: "cold start", value: m(cold, "bytes") },
        target: { max: 0.1 },
        notes:
          "bytes our server sent from navigation until the message box took input; a cold start also downloads the precache (the 6 MB engine chunk included) in the background",
      });
      expect(m(cold, "bytes")).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
}
