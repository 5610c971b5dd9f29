import { expect, test } from "@playwright/test";
import {
  buildOf,
  deployFixture,
  echo,
  loadOrTakeOver,
  precaches,
  takeUpdate,
  worksOffline,
} from "../support/deploy";
import { waitForServiceWorker } from "../support/service-worker";

// Copies of Hearth at several paths of one origin (docs/ARCHITECTURE.md, "Any path"):
// each has its own service worker and precache, and updates on its own; what lives in
// IndexedDB (conversations, settings, models) is the origin's and so is shared.
const deploy = deployFixture();
test.beforeAll(() => deploy.server.start());
test.afterAll(() => deploy.stop());

const precacheOf = (all: Record<string, number>, scope: string) =>
  Object.entries(all).find(([name]) => name.endsWith(scope))?.[1];

test("/one/ and /two/: each keeps working after the other updates", async ({
  context,
}) => {
  test.setTimeout(300_000);
  const { server } = deploy;
  server.publish("/one/", "dist-e2e").publish("/two/", "dist-e2e");
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(server.origin + "/one/");
  await waitForServiceWorker(one);
  await two.goto(server.origin + "/two/");
  await waitForServiceWorker(two);
  const a = await buildOf(one);

  // Two registrations, two precaches named after their scopes, both complete.
  const before = await precaches(one);
  const oneEntries = precacheOf(before, `${server.origin}/one/`);
  expect(oneEntries).toBeGreaterThan(5);
  expect(precacheOf(before, `${server.origin}/two/`)).toBe(oneEntries);

  // Conversations are the origin's: a chat written in /one/ is listed in /two/.
  await loadOrTakeOver(one);
  await echo(one, "written in one");
  await two.reload();
  await expect(
    two
      .getByRole("navigation", { name: "Conversation list" })
      .getByRole("button", { name: "/echo written in one" }),
  ).toBeVisible();

  // /two/ updates; /one/ keeps its version, its whole precache, and starts offline.
  server.publish("/two/", deploy.stamp("dist-e2e", "two-B"));
  await takeUpdate(two, "two-B");
  await loadOrTakeOver(two);
  await echo(two, "two updated");
  expect(precacheOf(await precaches(one), `${server.origin}/one/`)).toBe(
    oneEntries,
  );
  await worksOffline(one, a!, "one still works");

  // And the other way round.
  server.publish("/one/", deploy.stamp("dist-e2e", "one-B"));
  await takeUpdate(one, "one-B");
  await worksOffline(two, "two-B", "two still works");
  expect(server.failures()).toEqual([]);
});

test("a copy at / neither answers for nor deletes a copy at /one/", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { server } = deploy;
  server
    .publish("/", "dist-e2e")
    .publish("/one/", deploy.stamp("dist-e2e", "one"));
  await page.goto(server.origin + "/");
  await waitForServiceWorker(page);
  // The root's service worker has /one/ in its scope, yet /one/ gets its own page.
  await page.goto(server.origin + "/one/");
  await expect.poll(() => buildOf(page)).toBe("one");
  await waitForServiceWorker(page);
  const oneEntries = precacheOf(await precaches(page), `${server.origin}/one/`);
  expect(oneEntries).toBeGreaterThan(5);

  // The root updates; its new worker leaves /one/'s precache alone.
  server.publish("/", deploy.stamp("dist-e2e", "root-B"));
  await page.goto(server.origin + "/");
  await takeUpdate(page, "root-B");
  expect(precacheOf(await precaches(page), `${server.origin}/one/`)).toBe(
    oneEntries,
  );
  await page.goto(server.origin + "/one/");
  await worksOffline(page, "one", "one works offline");
  expect(server.failures()).toEqual([]);
});
