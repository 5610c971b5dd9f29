import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { createHash } from "node:crypto";
import { chromium, type Page } from "@playwright/test";
import { findEntry, toCatalog } from "../../../src/engine/catalog";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { MB, expect, test } from "../support/models";
import { contentRequests } from "../support/net-log";
import { waitForServiceWorker } from "../support/service-worker";
import { storedSha256 } from "../support/stored";

// Your own model host (issue 22, item 6): a built-in model, pointed at a mirror, downloads
// from it alone. The test model server plays the mirror, serving a synthetic model under
// the paths the built-in model's URLs have once the host is replaced.
const ID = "TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC";
const ROW = "TinyLlama 1.1B chat · q4f16_1";
const builtIn = findEntry(toCatalog(prebuiltAppConfig.model_list), ID)!;
// The paths as they are on huggingface.co and raw.githubusercontent.com.
const modelPath = new URL(builtIn.modelUrl).pathname; // /mlc-ai/<repo>
const libraryPath = new URL(builtIn.modelLib).pathname;
const DEFAULT_HOSTS = /huggingface\.co|hf\.co|raw\.githubusercontent\.com/;

async function openDevice(page: Page) {
  const form = page.getByRole("form", { name: "Model host" });
  if (!(await form.isVisible()))
    await page.locator("summary", { hasText: "Device" }).click();
  return form;
}

test("with a mirror set, a built-in model downloads from it and nothing goes to the default hosts", async ({
  baseURL,
  modelServer,
}) => {
  test.setTimeout(180_000);
  const { model } = modelServer.addModel({
    id: "tiny-mirror",
    totalBytes: 12 * MB,
    shardBytes: 4 * MB,
  });
  modelServer.mirror("tiny-mirror", {
    modelPath: `/hf${modelPath}`,
    libraryPath: `/libs${libraryPath}`,
  });
  const origin = modelServer.origin;
  const dir = mkdtempSync(join(tmpdir(), "hearth-mirror-"));
  const netLog = join(dir, "netlog.json");
  // Chromium's own net log sees the engine worker's fetches (Playwright may not).
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs({ webgpu: true }), `--log-net-log=${netLog}`],
  });
  try {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await page.goto("/");
    const setting = await openDevice(page);
    await expect(setting).toContainText("Models from: huggingface.co");
    await expect(setting).toContainText(
      "Libraries from: raw.githubusercontent.com",
    );
    // Validated before it is kept, in words.
    await setting.getByLabel("Model weights host").fill("mirror.example");
    await setting.getByRole("button", { name: "Save hosts" }).click();
    await expect(setting.getByRole("alert")).toHaveText(
      "Model weights host is not a web address. It should start with https://",
    );
    await setting.getByLabel("Model weights host").fill(`${origin}/hf`);
    await setting.getByLabel("Model library host").fill(`${origin}/libs/`);
    await setting.getByRole("button", { name: "Save hosts" }).click();
    const host = new URL(origin).host;
    await expect(setting).toContainText(`Models from: ${host} (your setting)`);

    // The setting survives a reload.
    await page.reload();
    await expect(await openDevice(page)).toContainText(`Models from: ${host}`);

    await page.getByRole("button", { name: "Manage models" }).click();
    const row = page
      .getByRole("dialog", { name: "Models" })
      .getByRole("listitem", { name: ROW, exact: true });
    await row.getByRole("button", { name: "Download" }).click();
    await expect(row).toContainText("Ready offline", { timeout: 120_000 });

    // Every file came from the mirror's paths, once.
    const base = `/hf${modelPath}/resolve/main/`;
    const served = modelServer.stats();
    for (const name of [...model.files.keys()])
      expect(served.get(base + name)?.requests, name).toBe(1);
    expect(served.get(`/libs${libraryPath}`)?.requests).toBe(1);
    // Stored under the mirror's URLs, where web-llm reads them.
    const shard = model.shardNames[1];
    expect(
      await storedSha256(page, "webllm/model", origin + base + shard),
    ).toBe(createHash("sha256").update(model.files.get(shard)!).digest("hex"));
    // web-llm's own hasModelInCache, on a record carrying the mirror's URLs.
    await row.getByRole("button", { name: "Verify" }).click();
    await expect(row.getByRole("status")).toContainText(
      "Verified: web-llm finds this model in its cache",
    );

    // Reset: built-in models point at the defaults again; the downloaded one keeps its
    // files (stored under the mirror's URLs) and stays Ready offline.
    await page.keyboard.press("Escape");
    const again = await openDevice(page);
    await again.getByRole("button", { name: "Reset hosts" }).click();
    await expect(again).toContainText("Models from: huggingface.co");
    await page.getByRole("button", { name: "Manage models" }).click();
    await row.getByRole("button", { name: "Verify" }).click();
    await expect(row.getByRole("status")).toContainText(
      "Verified: web-llm finds this model in its cache",
    );
    await page.context().close();
    // The net log is complete once the browser has closed.
    await browser.close();

    const requests = contentRequests(netLog);
    expect(requests.filter((r) => DEFAULT_HOSTS.test(r.url))).toEqual([]);
    const hosts = new Set(requests.map((r) => new URL(r.url).hostname));
    expect([...hosts].filter((h) => h !== "127.0.0.1")).toEqual([]);
    // The log did record the mirror's traffic (so an empty filter above means something).
    expect(requests.some((r) => r.url.startsWith(origin + base))).toBe(true);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hearth-hosts.json beside index.html sets the mirror, and still does offline", async ({
  page,
  context,
  modelServer,
}) => {
  const file = {
    models: `${modelServer.origin}/org-mirror/hf/`,
    libraries: `${modelServer.origin}/org-mirror/libs/`,
  };
  await page.route("**/hearth-hosts.json", (route) =>
    route.fulfill({ json: file }),
  );
  await page.goto("/");
  const host = new URL(modelServer.origin).host;
  await expect(await openDevice(page)).toContainText(
    `Models from: ${host} (this site's hearth-hosts.json)`,
  );
  await expect(page.getByRole("form", { name: "Model host" })).toContainText(
    `Libraries from: ${host} (this site's hearth-hosts.json)`,
  );
  await waitForServiceWorker(page);
  await page.unroute("**/hearth-hosts.json");
  await context.setOffline(true);
  await page.reload();
  await expect(await openDevice(page)).toContainText(
    `Models from: ${host} (this site's hearth-hosts.json)`,
  );
  // The person's own setting wins over the file's, and Reset returns to the file's.
  const setting = page.getByRole("form", { name: "Model host" });
  await setting.getByLabel("Model weights host").fill("https://own.example/");
  await setting.getByRole("button", { name: "Save hosts" }).click();
  await expect(setting).toContainText(
    "Models from: own.example (your setting)",
  );
  await setting.getByRole("button", { name: "Reset hosts" }).click();
  await expect(setting).toContainText(
    `Models from: ${host} (this site's hearth-hosts.json)`,
  );
});
