import { expect, type Page, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { log } from "../support/app";
import {
  articles,
  downloadText,
  exportAllJson,
  sidebarList,
} from "../support/conversations";

interface Dumped {
  key: Array<string>;
  value: Record<string, unknown>;
}
interface Saved {
  id: string;
  title: string;
  messages: Array<{
    id: string;
    role: string;
    content: string;
    status: string;
  }>;
}

const fixture = (name: string) =>
  readFile(
    new URL(`../../fixtures/legacy-v1/${name}`, import.meta.url),
    "utf8",
  );

/** Writes the records the release before trees stored, before the app first opens. */
async function plantLegacyDatabase(page: Page, records: Dumped[]) {
  // A static file of the same origin: IndexedDB is the app's, but the app does not run.
  await page.goto("/manifest.webmanifest");
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open("hearth-conversations");
      req.onupgradeneeded = () => req.result.createObjectStore("records");
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction("records", "readwrite");
    for (const r of records) tx.objectStore("records").put(r.value, r.key);
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, records);
}

const storedVersions = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open("hearth-conversations");
      req.onsuccess = () => ok(req.result);
    });
    const req = db
      .transaction("records")
      .objectStore("records")
      .getAll(IDBKeyRange.bound(["c"], ["c", []]));
    const metas = await new Promise<Array<{ version?: number }>>(
      (ok) => (req.onsuccess = () => ok(req.result)),
    );
    db.close();
    return metas.map((m) => m.version ?? 1);
  });

test("a database written by the release before versions opens with every chat and message, and exports the same text", async ({
  page,
}) => {
  const records = JSON.parse(await fixture("idb-records.json")) as Dumped[];
  const before = JSON.parse(await fixture("export.json")) as {
    conversations: Saved[];
  };
  await plantLegacyDatabase(page, records);
  await page.goto("/");

  await expect(sidebarList(page)).toHaveText([
    "Tell me something long",
    "/echo first try",
    "Greek letters",
  ]);
  // The upgrade runs in the background and marks every chat as upgraded.
  await expect.poll(() => storedVersions(page)).toEqual([2, 2, 2]);

  for (const chat of before.conversations) {
    await sidebarList(page).getByText(chat.title, { exact: true }).click();
    await expect(articles(page)).toHaveCount(chat.messages.length);
    await expect(
      log(page).getByRole("group", { name: /^Version/ }),
    ).toHaveCount(0);
    const users = chat.messages.filter((m) => m.role === "user");
    await expect(log(page).locator("article.user .content")).toHaveText(
      users.map((m) => m.content),
    );
    const roles = await articles(page).evaluateAll((els) =>
      els.map((el) => (el.classList.contains("user") ? "user" : "assistant")),
    );
    expect(roles).toEqual(chat.messages.map((m) => m.role));
    await expect(log(page).getByText("Stopped", { exact: true })).toHaveCount(
      chat.messages.filter((m) => m.status === "stopped").length,
    );
  }

  const md = await downloadText(page, async () => {
    if (
      !(await page
        .getByRole("button", { name: "Export all chats as Markdown" })
        .isVisible())
    )
      await page.getByText("Export and import").click();
    await page
      .getByRole("button", { name: "Export all chats as Markdown" })
      .click();
  });
  expect(md.text).toBe(await fixture("export.md"));
  // JSON: the same chats and messages; each message now also names its parent.
  const after = JSON.parse(await exportAllJson(page)) as {
    conversations: Array<{
      messages: Array<Saved["messages"][number] & { parentId?: unknown }>;
    }>;
  };
  const withoutParents = after.conversations.map((c) => ({
    ...c,
    messages: c.messages.map(({ parentId: _, ...m }) => m),
  }));
  expect(withoutParents).toEqual(before.conversations);
  for (const c of after.conversations)
    expect(c.messages.map((m) => m.parentId)).toEqual([
      null,
      ...c.messages.slice(0, -1).map((m) => m.id),
    ]);
});

test("an upgrade cut short (one chat done, the tab closed) finishes on the next start, losing nothing", async ({
  page,
}) => {
  const records = JSON.parse(await fixture("idb-records.json")) as Dumped[];
  const before = JSON.parse(await fixture("export.json")) as {
    conversations: Saved[];
  };
  // The state a closed tab leaves: the first chat's transaction committed, no other began.
  const done = before.conversations[0];
  const order = done.messages.map((m) => m.id);
  const halfway = records.map((r) => {
    if (r.key[0] === "c" && r.key[1] === done.id)
      return { ...r, value: { ...r.value, version: 2 } };
    if (r.key[0] === "m" && r.key[1] === done.id) {
      const at = order.indexOf(r.key[2]);
      return { ...r, value: { ...r.value, parentId: order[at - 1] ?? null } };
    }
    return r;
  });
  await plantLegacyDatabase(page, halfway);
  await page.goto("/");
  await expect.poll(() => storedVersions(page)).toEqual([2, 2, 2]);
  const after = JSON.parse(await exportAllJson(page)) as {
    conversations: Array<{
      messages: Array<{ id: string; parentId?: unknown }>;
    }>;
  };
  expect(
    after.conversations.map((c) => ({
      ...c,
      messages: c.messages.map(({ parentId: _, ...m }) => m),
    })),
  ).toEqual(before.conversations);
  for (const c of after.conversations)
    expect(c.messages.map((m) => m.parentId)).toEqual([
      null,
      ...c.messages.slice(0, -1).map((m) => m.id),
    ]);
});
