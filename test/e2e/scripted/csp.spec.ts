import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { buildFiles } from "../support/build-files";
import { lastReply, loadModel, log, send } from "../support/app";
import { waitForServiceWorker } from "../support/service-worker";
import { settingsAndExport } from "../support/session";

const EXPECTED = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
];

test("both builds carry the policy, no inline script and no eval", () => {
  for (const dir of ["dist", "dist-e2e"]) {
    const html = readFileSync(`${dir}/index.html`, "utf8");
    const policy = html.match(
      /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/,
    )?.[1];
    expect(policy, dir).toBeDefined();
    const directives = policy!.split(";").map((d) => d.trim());
    for (const d of EXPECTED) expect(directives, dir).toContain(d);
    const connect = directives.find((d) => d.startsWith("connect-src"))!;
    expect(connect.split(/\s+/).slice(0, 2)).toEqual(["connect-src", "'self'"]);
    // Every <script> loads a file; none carries code of its own.
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
      expect(tag, dir).toMatch(/^<script\b[^>]*\bsrc="[^"]+"[^>]*><\/script>$/);
  }
  for (const file of buildFiles("dist").filter((f) => f.path.endsWith(".js"))) {
    expect(file.text, file.path).not.toMatch(/\beval\(|new Function\(/);
  }
});

test("a whole session (chat, settings, export, reload) raises no securitypolicyviolation", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const violations = () =>
    page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );

  await loadModel(page);
  await waitForServiceWorker(page);
  await send(page, "/echo **bold** and `code`");
  await lastReply(page);
  await send(page, "Tell me about tea");
  await expect(log(page)).toContainText("shorter steeping.", {
    timeout: 20_000,
  });
  await page.getByRole("button", { name: "New chat" }).click();
  await page
    .getByRole("navigation", { name: "Conversation list" })
    .getByRole("button", { name: /^\/echo \*\*bold/ })
    .click();
  await expect(log(page)).toContainText("shorter steeping.");
  await settingsAndExport(page);
  await page.getByText("Device").click();
  await page.reload();
  await expect(page.getByRole("button", { name: "Load model" })).toBeVisible();
  expect(await violations()).toEqual([]);

  // Control: the listener does see a violation when there is one.
  await page.evaluate(() => fetch("http://127.0.0.2/").catch(() => undefined));
  await expect.poll(violations).toEqual(["connect-src http://127.0.0.2/"]);
});
