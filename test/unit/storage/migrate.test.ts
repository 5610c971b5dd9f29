import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { activePath } from "../../../src/chat/tree";
import type { ChatMessage, ConversationMeta } from "../../../src/chat/types";
import { createConversationStore } from "../../../src/storage/conversation-store";
import { migrateChats } from "../../../src/storage/migrate";
import { createStore } from "../../../src/storage/idb-store";
import "fake-indexeddb/auto";

interface Dumped {
  key: IDBValidKey;
  value: Record<string, unknown>;
}
const fixture = async () =>
  JSON.parse(
    await readFile(
      new URL("../../fixtures/legacy-v1/idb-records.json", import.meta.url),
      "utf8",
    ),
  ) as Dumped[];

let n = 0;
/** A database holding exactly what the release before trees wrote (the e2e fixture). */
async function legacyDatabase() {
  const db = createStore(`legacy-${++n}`, "records");
  const records = await fixture();
  await db("readwrite", (s) => {
    for (const r of records) s.put(r.value, r.key);
    return new Promise((ok) => (s.transaction.oncomplete = ok));
  });
  return { db, store: createConversationStore(db), records };
}

const raw = (db: ReturnType<typeof createStore>) =>
  db("readonly", (s) => {
    const req = s.getAll();
    return new Promise<Array<Record<string, unknown>>>(
      (ok) => (req.onsuccess = () => ok(req.result)),
    );
  });

describe("upgrade of chats saved before trees", () => {
  it("keeps every message, field and order; a chat reads the same before and after", async () => {
    const { db, store, records } = await legacyDatabase();
    const metas = await store.listMeta();
    const before = await store.loadAll();
    expect(await store.upgrade(metas)).toBe(3);
    expect(await store.loadAll()).toEqual(before);
    const after = await raw(db);
    expect(after).toHaveLength(records.length);
    for (const r of records) {
      const now = after.find(
        (a) => a.id === r.value.id && a.role === r.value.role,
      )!;
      expect(now).toMatchObject(r.value);
    }
    for (const c of await store.loadAll()) {
      const old = records
        .map(
          (r) => r.value as unknown as ChatMessage & { conversationId: string },
        )
        .filter((m) => m.conversationId === c.id)
        .sort((a, b) => a.createdAt - b.createdAt);
      expect(activePath(c.messages).map((m) => m.content)).toEqual(
        old.map((m) => m.content),
      );
    }
    expect((await store.listMeta()).every((m) => m.version === 2)).toBe(true);
    // Idempotent: nothing left to do, nothing changes.
    expect(await store.upgrade(await store.listMeta())).toBe(0);
    expect(await raw(db)).toEqual(after);
  });

  it("resumes after an interruption: a chat is upgraded whole or not at all", async () => {
    const { db, store } = await legacyDatabase();
    const metas = await store.listMeta();
    const before = await store.loadAll();
    // The tab closes during the second chat's transaction: it aborts, the first is kept.
    let calls = 0;
    await expect(
      migrateChats(metas, (id, body) =>
        db("readwrite", async (s) => {
          if (++calls === 2) {
            void body(s, id).catch(() => {});
            s.transaction.abort();
            throw new Error("tab closed");
          }
          return body(s, id);
        }),
      ),
    ).rejects.toThrow("tab closed");
    const half = await store.listMeta();
    expect(half.filter((m) => m.version === 2)).toHaveLength(1);
    expect(await store.loadAll()).toEqual(before);
    // Next start: the rest is upgraded, nothing lost.
    expect(await store.upgrade(half)).toBe(2);
    expect(await store.loadAll()).toEqual(before);
    const metasAfter: ConversationMeta[] = await store.listMeta();
    expect(metasAfter.every((m) => m.version === 2)).toBe(true);
  });
});
