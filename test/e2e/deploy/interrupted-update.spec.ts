import { expect, test, type Page } from "@playwright/test";
import {
  buildOf,
  deployFixture,
  takeUpdate,
  worksOffline,
} from "../support/deploy";
import { waitForServiceWorker } from "../support/service-worker";

// A deploy met while the network fails: the browser gets the new sw.js, then every other
// file of the new build fails to arrive. That version must not install: a worker missing
// its code would wait behind a "Reload" that does nothing, and once running would have no
// offline copy. The version in use stays in charge, and the next check takes the deploy.
const deploy = deployFixture();
test.beforeAll(() => deploy.server.start());
test.afterAll(() => deploy.stop());

/** Asks the browser for an update and waits for what came of it. */
function checkForUpdate(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return "no registration";
    try {
      await registration.update();
    } catch {
      return "update failed";
    }
    const worker = registration.installing;
    if (worker)
      await new Promise<void>((settled) =>
        worker.addEventListener("statechange", () => {
          if (worker.state !== "installing") settled();
        }),
      );
    return registration.waiting ? "waiting" : (worker?.state ?? "none");
  });
}

test("a deploy whose files fail to arrive is not installed; the next check takes it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { server } = deploy;
  server.publish("/cut/", "dist-e2e");
  await page.goto(server.origin + "/cut/");
  await waitForServiceWorker(page);
  const a = (await buildOf(page))!;

  server
    .publish("/cut/", deploy.stamp("dist-e2e", "cut-B"))
    .drop((path) => path.startsWith("/cut/") && path !== "/cut/sw.js");
  expect(await checkForUpdate(page)).toBe("redundant");
  expect(server.dropped).not.toEqual([]);
  await expect(page.getByRole("status", { name: "Update" })).toBeHidden();
  await worksOffline(page, a, "still the version in use");

  server.drop(null);
  await takeUpdate(page, "cut-B");
  await worksOffline(page, "cut-B", "the new version, whole");
  expect(server.failures()).toEqual([]);
});
