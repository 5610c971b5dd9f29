import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import {
  FACT,
  FACT_PAGE,
  FACT_QUESTION,
  reportPdf,
} from "../test/fixtures/documents";
import { attach } from "../test/e2e/support/attachments";
import { SMOKE, median, recordFigure } from "./support/figures";
import { benchOrigin } from "./support/servers";

// The e2e build (its scripted engine answers at once) attaching a text PDF of 300 pages
// made with pdf-lib (20 in smoke mode), then asking questions about it.
// Smoke mode stays over the context window, so passages (not the whole text) are picked.
const PAGES = SMOKE ? 20 : 300;
const QUESTIONS = SMOKE ? 2 : 11;
const ORIGIN = benchOrigin("scripted");
const ATTACH_CHUNKS =
  /\/assets\/(pdf|pdf\.worker|attachments\.worker)-[^/]*\.js$/;

/**
 * The longest stretch the page's main thread could not answer a message: a MessageChannel
 * ping loop notes the gap between its turns (a long task shows as a long gap).
 */
async function startGapProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { max: 0, stop: false };
    Object.assign(window, { gapProbe: probe });
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      probe.max = Math.max(probe.max, now - last);
      last = now;
      if (!probe.stop) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  });
}

const stopGapProbe = (page: Page) =>
  page.evaluate(() => {
    const probe = (
      window as unknown as { gapProbe: { max: number; stop: boolean } }
    ).gapProbe;
    probe.stop = true;
    return probe.max;
  });

test("attachments: reading a 300-page PDF, picking passages, the main thread meanwhile", async ({
  page,
}) => {
  test.setTimeout(SMOKE ? 60_000 : 180_000);
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-attach-"));
  const pdfPath = join(dir, "report.pdf");
  writeFileSync(pdfPath, await reportPdf(PAGES));
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));

  await page.goto(`${ORIGIN}/`);
  await page.getByRole("button", { name: "Load model" }).click();
  await expect(
    page.getByRole("status", { name: "Model status" }),
  ).toContainText("Ready");
  // pdf.js and the index are not loaded before a file is attached.
  expect(requested.filter((u) => ATTACH_CHUNKS.test(u))).toEqual([]);

  // Baseline for the main thread: the same probe while the page sits idle as long.
  await startGapProbe(page);
  const idleStart = Date.now();
  await attach(page, pdfPath);
  await expect(
    page.getByRole("list", { name: "Attached files" }),
  ).toContainText(`${PAGES} pages`, { timeout: 120_000 });
  const attachingMs = Date.now() - idleStart;
  const busyGap = await stopGapProbe(page);
  expect(requested.some((u) => ATTACH_CHUNKS.test(u))).toBe(true);
  await startGapProbe(page);
  await page.waitForTimeout(Math.min(attachingMs, 10_000));
  const idleGap = await stopGapProbe(page);

  const timings = await page.evaluate(() => {
    const mark = performance
      .getEntriesByName("hearth:attach")
      .at(-1) as PerformanceMark;
    return mark.detail as { extractMs: number; totalMs: number };
  });

  for (let i = 0; i < QUESTIONS; i++) {
    await page
      .getByRole("textbox", { name: "Message" })
      .fill(`/echo ${FACT_QUESTION} (${i})`);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);
  }
  // The passage with the fact was among those given (checked in the sources note).
  await page.locator(".sources-note summary").last().click();
  if (PAGES >= FACT_PAGE)
    await expect(page.locator(".sources-note").last()).toContainText(FACT);
  const picks = await page.evaluate(() =>
    performance.getEntriesByName("hearth:pick-passages").map((e) => e.duration),
  );
  expect(picks.length).toBe(QUESTIONS);
  rmSync(dir, { recursive: true, force: true });

  recordFigure({
    id: "attachments.extract-index",
    title: `Read a ${PAGES}-page text PDF: extract, split, hash and index`,
    unit: "ms",
    value: timings.totalMs,
    baseline: {
      title: "pdf.js text extraction of the same PDF alone",
      value: timings.extractMs,
    },
    target: { max: 1.3 },
    notes: "both timed in the attachments worker during the same attach",
  });
  recordFigure({
    id: "attachments.pick-passages",
    title: `Pick passages for a question over ${PAGES} pages`,
    unit: "ms",
    value: median(picks.slice(1)),
    baseline: { title: "the first question (cold)", value: picks[0] },
    target: { max: 50, on: "value" },
    notes: `median of ${QUESTIONS - 1} questions after the first: BM25 in the worker, the round trip, fitting passages to the budget`,
  });
  recordFigure({
    id: "attachments.main-thread-gap",
    title: `Longest main-thread task while a ${PAGES}-page PDF is attached`,
    unit: "ms",
    value: busyGap,
    baseline: { title: "the same probe with the page idle", value: idleGap },
    target: { max: 50, on: "value" },
    notes:
      "largest gap between turns of a MessageChannel ping loop, file chosen to chip shown",
  });
});
