import { expect, test } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { StaticServer } from "../../test/fixtures/static-server.ts";
import {
  expectReady,
  lastReply,
  messageBox,
  send,
} from "../../test/e2e/support/app.ts";
import {
  downloadText,
  exportAllJson,
} from "../../test/e2e/support/conversations.ts";

/**
 * Makes test/fixtures/legacy-v1/: what the release before conversation trees (issue 13)
 * stored in IndexedDB, and its JSON and Markdown exports. Run against that release's e2e
 * build (`git stash`/checkout 6ab2148, `npm run build:e2e`), never the current one:
 *   npx playwright test --config scripts/legacy-fixture/playwright.config.ts
 */
const OUT = resolve(import.meta.dirname, "../../test/fixtures/legacy-v1");

test("record the stored chats of the release before issue 13", async ({
  page,
}) => {
  const server = new StaticServer(
    resolve(import.meta.dirname, "../../dist-e2e"),
  );
  const { origin } = await server.start();
  try {
    await page.goto(origin);
    await page.getByRole("button", { name: "Load model" }).click();
    await expectReady(page);

    // A plain chat of three turns, renamed, with a system prompt.
    for (const word of ["alpha", "beta", "gamma"]) {
      await send(page, `/echo ${word}`);
      expect(await lastReply(page)).toBe(word);
    }
    await page.getByRole("button", { name: "Rename" }).click();
    await page
      .getByRole("textbox", { name: "Chat title" })
      .fill("Greek letters");
    await page.keyboard.press("Enter");

    // A chat whose question was edited and whose reply was regenerated (both overwrote).
    await page.getByRole("button", { name: "New chat" }).click();
    await send(page, "/echo first try");
    expect(await lastReply(page)).toBe("first try");
    const user = page.getByRole("log").locator("article.user").first();
    await user.getByRole("button", { name: "Edit" }).click();
    await page
      .getByRole("textbox", { name: "Edit message" })
      .fill("/echo second try");
    await page.keyboard.press("Enter");
    expect(await lastReply(page)).toBe("second try");
    await page.getByRole("button", { name: "Regenerate" }).click();
    expect(await lastReply(page)).toBe("second try");
    await send(page, "/echo line one\nline two");
    expect(await lastReply(page)).toBe("line one\nline two");

    // A markdown reply stopped halfway.
    await page.getByRole("button", { name: "New chat" }).click();
    await send(page, "Tell me something long");
    await expect(page.locator("article.assistant .content")).not.toBeEmpty();
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByText("Stopped", { exact: true })).toBeVisible();
    await expect(messageBox(page)).toBeVisible();

    const records = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open("hearth-conversations");
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const store = db.transaction("records").objectStore("records");
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (req) =>
            new Promise<unknown[]>((ok, fail) => {
              req.onsuccess = () => ok(req.result as unknown[]);
              req.onerror = () => fail(req.error);
            }),
        ),
      );
      db.close();
      return keys.map((key, i) => ({ key, value: values[i] }));
    });
    const json = await exportAllJson(page);
    const md = await downloadText(page, () =>
      page
        .getByRole("button", { name: "Export all chats as Markdown" })
        .click(),
    );
    await writeFile(
      `${OUT}/idb-records.json`,
      JSON.stringify(records, null, 2) + "\n",
    );
    await writeFile(`${OUT}/export.json`, json);
    await writeFile(`${OUT}/export.md`, md.text);
  } finally {
    await server.stop();
  }
});
