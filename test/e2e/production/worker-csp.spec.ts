import { expect, test } from "@playwright/test";
import { StaticServer } from "../../fixtures/static-server";

// Measures how Chromium applies index.html's <meta> CSP to a dedicated worker loaded from a
// same-origin URL. Custom model hosts depend on the answer (docs/ARCHITECTURE.md, "CSP"):
// web-llm downloads in our engine worker, and a host the user adds cannot be in a <meta>
// written at build time. If this test fails, Chromium changed and that design must change.

const PROBE_WORKER = `
self.onmessage = async (event) => {
  try {
    const response = await fetch(event.data);
    self.postMessage({ ok: true, body: await response.text() });
  } catch (error) {
    self.postMessage({ ok: false, error: String(error) });
  }
};`;

let app: StaticServer;
let modelHost: StaticServer;

test.beforeAll(async () => {
  app = await new StaticServer("dist", {
    files: {
      "/csp-probe.worker.js": {
        type: "text/javascript",
        body: PROBE_WORKER,
      },
    },
  }).start();
  // Another port is another origin: outside connect-src 'self' and the listed model hosts.
  modelHost = await new StaticServer("test/fixtures", {
    headers: { "access-control-allow-origin": "*" },
    files: {
      "/resolve/main/mlc-chat-config.json": {
        type: "application/json",
        body: '{"model":"custom"}',
      },
    },
  }).start();
});

test.afterAll(async () => {
  await app?.stop();
  await modelHost?.stop();
});

test("the page's CSP blocks a custom model host; a same-origin module worker may fetch it", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(m.text());
  });
  await page.goto(app.origin + "/");
  await expect(page.getByRole("button", { name: "Load model" })).toBeVisible();
  const url = `${modelHost.origin}/resolve/main/mlc-chat-config.json`;

  // Control: the policy is in force on the page, so the page itself may not connect.
  const fromPage = await page.evaluate(async (u) => {
    try {
      await fetch(u);
      return "fetched";
    } catch {
      return "blocked";
    }
  }, url);
  expect(fromPage).toBe("blocked");
  expect(violations.join("\n")).toContain("connect-src");

  // The finding: the worker runs under its own response's policy (none here), not the
  // page's <meta>, so its fetch reaches the other origin.
  const fromWorker = await page.evaluate(async (u) => {
    const worker = new Worker("/csp-probe.worker.js", { type: "module" });
    const reply = await new Promise<{ ok: boolean; body?: string }>(
      (resolve) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage(u);
      },
    );
    worker.terminate();
    return reply;
  }, url);
  expect(fromWorker).toEqual({ ok: true, body: '{"model":"custom"}' });
  expect(
    modelHost.requests.filter(
      (r) => r.path === "/resolve/main/mlc-chat-config.json",
    ),
  ).toHaveLength(1);
});
