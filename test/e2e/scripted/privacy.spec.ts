import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { StaticServer } from "../../fixtures/static-server";
import { lastReply, loadModel, send } from "../support/app";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { FACT, FACT_QUESTION, reportPdf } from "../../fixtures/documents";
import { attach, chips } from "../support/attachments";
import { contentRequests } from "../support/net-log";
import { waitForServiceWorker } from "../support/service-worker";
import { settingsAndExport } from "../support/session";

// Three records of one session: Playwright's (page and service worker), our server's, and
// Chromium's own net log, which sees every request of every context, dedicated workers
// included (Playwright does not reliably see those: REFERENCE.md).
test("a whole session talks to the app's own origin and nothing else", async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "hearth-privacy-"));
  const netLog = join(dir, "netlog.json");
  const app = await new StaticServer("dist-e2e").start();
  const origin = app.origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs({ webgpu: true }), `--log-net-log=${netLog}`],
  });
  const seenByPlaywright: string[] = [];
  try {
    const context = await browser.newContext({ baseURL: origin });
    context.on("request", (r) => seenByPlaywright.push(r.url()));
    const page = await context.newPage();
    await loadModel(page);
    await waitForServiceWorker(page);
    await send(page, "/echo nothing leaves");
    expect(await lastReply(page)).toBe("nothing leaves");
    // Attach, index and ask (issue 12): pdf.js and the index run from the app's origin.
    await attach(page, {
      name: "report.pdf",
      mimeType: "application/pdf",
      buffer: await reportPdf(40),
    });
    await expect(chips(page)).toContainText("40 pages");
    await send(page, `/prompt ${FACT_QUESTION}`);
    expect(await lastReply(page)).toContain(FACT);
    await send(page, "Tell me about tea");
    await lastReply(page);
    await settingsAndExport(page);
    await page.getByRole("button", { name: "New chat" }).click();
    await page.getByText("Device").click();
    await page.reload();
    await loadModel(page);
    await send(page, "/echo after a reload");
    expect(await lastReply(page)).toBe("after a reload");
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
  const fromNetLog = contentRequests(netLog);
  rmSync(dir, { recursive: true, force: true });

  // The records are real: each saw the app's page and its engine worker chunk.
  const worker = /\/assets\/engine\.worker-[^/]+\.js$/;
  const pdfWorker = /\/assets\/pdf\.worker-[^/]+\.js$/;
  for (const urls of [seenByPlaywright, fromNetLog.map((r) => r.url)]) {
    expect(urls).toContain(`${origin}/`);
    expect(urls.some((u) => worker.test(u))).toBe(true);
  }
  expect(fromNetLog.some((r) => pdfWorker.test(r.url))).toBe(true);
  expect(app.requests.some((r) => r.path === "/sw.js")).toBe(true);

  const foreign = (urls: string[]) =>
    [...new Set(urls)].filter((u) => new URL(u).origin !== origin);
  expect(foreign(seenByPlaywright)).toEqual([]);
  expect(foreign(fromNetLog.map((r) => r.url))).toEqual([]);
  // Every request the app made came from the app's own origin (or was its navigation).
  expect(
    fromNetLog.filter((r) => r.initiator !== origin && r.type !== "main frame"),
  ).toEqual([]);
});
