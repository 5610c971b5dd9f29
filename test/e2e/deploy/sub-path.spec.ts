import { expect, test } from "@playwright/test";
import { replies, send } from "../support/app";
import { withPersistentProfile } from "../support/persistent-profile";
import {
  buildOf,
  deployFixture,
  echo,
  loadOrTakeOver,
  takeUpdate,
} from "../support/deploy";
import { waitForServiceWorker } from "../support/service-worker";

// One e2e build (dist-e2e/, the scripted engine) published unchanged at two sub-paths of
// one host that sends the shipped public/_headers (test/fixtures/deploy-server.ts).
const PATHS = ["/hearth/", "/a/b/c/"];
const deploy = deployFixture();

test.beforeAll(async () => {
  for (const path of PATHS) deploy.server.publish(path, "dist-e2e");
  await deploy.server.start();
});
test.afterAll(() => deploy.stop());

for (const path of PATHS) {
  test(`at ${path}: paints, chats, starts offline, with the shipped headers`, async ({
    page,
    context,
  }) => {
    const url = deploy.server.origin + path;
    await page.goto(url);
    await expect(
      page.getByRole("button", { name: "Load model" }),
    ).toBeVisible();
    await loadOrTakeOver(page);
    await echo(page, "hi");
    await waitForServiceWorker(page);
    // Lazily loaded chunks (renderer, highlight.js, KaTeX) and KaTeX's fonts, which its CSS
    // names relative to itself, all come from this folder.
    await send(page, "/echo $x^2$\n\n```js\nconst a = 1;\n```");
    const reply = replies(page).last();
    await expect(reply.locator(".katex")).toBeVisible();
    await expect(reply.locator(".hljs-keyword")).toHaveText("const");
    await expect
      .poll(() =>
        page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].some(
            (f) => f.family.includes("KaTeX") && f.status === "loaded",
          );
        }),
      )
      .toBe(true);
    expect(
      deploy.server.requests.some(
        (r) => r.path.startsWith(`${path}assets/KaTeX_`) && r.status === 200,
      ),
    ).toBe(true);

    // The Device panel tells whoever deployed it what they need to know.
    await page.getByText("Device", { exact: true }).click();
    const facts = page.getByRole("definition");
    await expect(facts.filter({ hasText: `Ready for ${url}` })).toHaveCount(1);
    await expect(
      facts.filter({ hasText: "Checked on every load (no-cache)" }),
    ).toHaveCount(1);

    // Offline, the next start comes from this copy's precache: page, chunks, engine.
    await context.setOffline(true);
    await page.reload();
    await expect(
      page.getByRole("button", { name: "Load model" }),
    ).toBeVisible();
    await loadOrTakeOver(page);
    await echo(page, "offline hi");
    await context.setOffline(false);

    const served = deploy.server.requests.filter((r) =>
      r.path.startsWith(path),
    );
    const one = (re: RegExp) => served.find((r) => re.test(r.path))!.headers;
    expect(one(/\/sw\.js$/)["cache-control"]).toBe("no-cache");
    expect(one(/\/assets\/index-[^/]+\.js$/)["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(one(/\/manifest\.webmanifest$/)["content-type"]).toBe(
      "application/manifest+json",
    );
    expect(served.filter((r) => r.status >= 400)).toEqual([]);
  });

  test(`at ${path}: Chromium finds the app installable, scoped to its folder`, async () => {
    // Installability is reported only in a persistent profile (REFERENCE.md).
    await withPersistentProfile(async (page, context) => {
      const url = deploy.server.origin + path;
      await page.goto(url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest", {});
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toBe(`${url}manifest.webmanifest`);
      const { installabilityErrors } = await cdp.send(
        "Page.getInstallabilityErrors",
      );
      expect(installabilityErrors).toEqual([]);
      // The app's identity, start and scope are its own folder, not the host's root.
      expect((await cdp.send("Page.getAppId")).appId).toBe(url);
      const registration = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.ready;
        return { scope: r.scope, script: r.active?.scriptURL };
      });
      expect(registration).toEqual({ scope: url, script: `${url}sw.js` });
      await expect(
        page.getByRole("button", { name: "Install app" }),
      ).toBeVisible();
    });
  });

  test(`at ${path}: a new deploy is taken with nothing 404ing`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const url = deploy.server.origin + path;
    deploy.server.publish(path, "dist-e2e");
    await page.goto(url);
    await waitForServiceWorker(page);
    const a = await buildOf(page);
    await loadOrTakeOver(page);
    await echo(page, "before the update");

    const id = `B${PATHS.indexOf(path)}`;
    deploy.server.publish(path, deploy.stamp("dist-e2e", id));
    await takeUpdate(page, id);
    expect(a).not.toBe(id);
    await loadOrTakeOver(page);
    await echo(page, "after the update");
    const failed = deploy.server
      .failures()
      .filter((r) => r.path.startsWith(path));
    expect(failed).toEqual([]);
    deploy.server.publish(path, "dist-e2e");
  });
}
