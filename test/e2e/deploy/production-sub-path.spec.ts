import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { deployFixture } from "../support/deploy";
import { contentRequests } from "../support/net-log";
import { waitForServiceWorker } from "../support/service-worker";

// The production build (dist/, real web-llm in its worker chunk) published at a sub-path.
// No model is loaded (no weights here), so the privacy check covers everything else:
// the page, its chunks, the service worker, the panels, a reload and an offline start.
const PATH = "/hearth/";
const deploy = deployFixture();
test.beforeAll(async () => {
  deploy.server.publish(PATH, "dist");
  await deploy.server.start();
});
test.afterAll(() => deploy.stop());

test("under a sub-path: only its own origin is contacted, and the CSP is never violated", async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "hearth-privacy-"));
  const netLog = join(dir, "netlog.json");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs({ webgpu: true }), `--log-net-log=${netLog}`],
  });
  const url = deploy.server.origin + PATH;
  const seen: string[] = [];
  let violations: string[] = [];
  try {
    const context = await browser.newContext();
    context.on("request", (r) => seen.push(r.url()));
    await context.addInitScript(() => {
      const v: string[] = [];
      Object.assign(window, { cspViolations: v });
      document.addEventListener("securitypolicyviolation", (e) =>
        v.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    await page.goto(url);
    await waitForServiceWorker(page);
    await page.getByText("Device", { exact: true }).click();
    await expect(
      page.getByRole("definition").filter({ hasText: `Ready for ${url}` }),
    ).toHaveCount(1);
    await page.getByRole("button", { name: "Manage models" }).click();
    await expect(page.getByRole("dialog", { name: "Models" })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    await expect(
      page.getByRole("button", { name: "Load model" }),
    ).toBeVisible();
    violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    // Control: the listener does see a violation when there is one.
    await page.evaluate(() => fetch("http://127.0.0.2/").catch(() => 0));
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { cspViolations: string[] }).cspViolations,
        ),
      )
      .toEqual(["connect-src http://127.0.0.2/"]);
    await context.close();
  } finally {
    await browser.close();
  }
  const fromNetLog = contentRequests(netLog).map((r) => r.url);
  rmSync(dir, { recursive: true, force: true });

  expect(violations).toEqual([]);
  // The records are real: each saw the page under the sub-path and its service worker.
  for (const urls of [seen, fromNetLog]) expect(urls).toContain(url);
  expect(fromNetLog).toContain(`${url}sw.js`);
  const foreign = (urls: string[]) =>
    [...new Set(urls)].filter(
      (u) =>
        new URL(u).origin !== deploy.server.origin && u !== "http://127.0.0.2/",
    );
  expect(foreign(seen)).toEqual([]);
  expect(foreign(fromNetLog)).toEqual([]);
  // Nothing outside the copy's folder was asked for (a root-relative URL would be).
  const outside = deploy.server.requests.filter(
    (r) => !r.path.startsWith(PATH),
  );
  expect(outside).toEqual([]);
  expect(deploy.server.failures()).toEqual([]);
});
