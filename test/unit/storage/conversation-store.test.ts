import type { UseStore } from "idb-keyval";
import { createStore } from "../../../src/storage/idb-store";
import { describe, expect, it } from "vitest";
import {
  addMessage,
  createConversation,
  metaOf,
} from "../../../src/chat/conversation";
import type { Conversation } from "../../../src/chat/types";
import { createConversationStore } from "../../../src/storage/conversation-store";
import { StorageError } from "../../../src/storage/storage-error";
import { freshDatabase } from "../support/stores";
import { msg } from "../support/messages";

function chat(id: string, t: number, ...contents: string[]): Conversation {
  let c = createConversation(t, id);
  contents.forEach((text, i) => {
    c = addMessage(c, {
      ...msg(`${id}-${i}`, i % 2 ? "assistant" : "user", text, t + i),
      parentId: i === 0 ? null : `${id}-${i - 1}`,
    });
  });
  return c;
}

describe("ConversationStore on IndexedDB", () => {
  it("saves messages and reads them back in order, with the title from the first one", async () => {
    const { store } = freshDatabase();
    const c = chat("a", 100, "What is tea?", "A drink.", "Hot?");
    // Saved out of order, in two writes: the store sorts by time.
    await store.saveMessages(metaOf(c), [c.messages[2]]);
    await store.saveMessages(metaOf(c), [c.messages[1], c.messages[0]]);
    const loaded = await store.load("a");
    expect(loaded).toEqual(c);
    expect(loaded?.title).toBe("What is tea?");
    expect(await store.load("missing")).toBeUndefined();
  });

  it("lists conversations without their messages", async () => {
    const { store } = freshDatabase();
    await store.putConversations([
      chat("a", 1, "one"),
      chat("b", 2, "two", "three"),
    ]);
    const list = await store.listMeta();
    expect(list.map((m) => m.id).sort()).toEqual(["a", "b"]);
    for (const m of list) expect(m).not.toHaveProperty("messages");
  });

  it("keeps another tab's rename and settings when saving a message, moving only the activity time", async () => {
    const { store } = freshDatabase();
    const c = chat("a", 100, "first");
    await store.saveMessages(metaOf(c), c.messages);
    // Tab 2 renames and sets a temperature.
    await store.saveMeta({
      ...metaOf(c),
      title: "Renamed",
      settings: { temperature: 0.2 },
    });
    // Tab 1, with the old metadata, saves a new message.
    const m = msg("x", "user", "second", 200);
    await store.saveMessages({ ...metaOf(c), updatedAt: 200 }, [m]);
    const loaded = await store.load("a");
    expect(loaded).toMatchObject({
      title: "Renamed",
      settings: { temperature: 0.2 },
      updatedAt: 200,
    });
    expect(loaded?.messages.map((x) => x.content)).toEqual(["first", "second"]);
  });

  it("two writers to one conversation keep every message", async () => {
    const { store } = freshDatabase();
    const meta = metaOf(createConversation(0, "shared"));
    await Promise.all([
      store.saveMessages(meta, [msg("t1-1", "user", "from tab 1", 1)]),
      store.saveMessages(meta, [msg("t2-1", "user", "from tab 2", 2)]),
      store.saveMessages(meta, [msg("t1-2", "assistant", "reply in tab 1", 3)]),
    ]);
    expect((await store.load("shared"))?.messages.map((m) => m.id)).toEqual([
      "t1-1",
      "t2-1",
      "t1-2",
    ]);
  });

  it("deletes messages and whole conversations, leaving the others", async () => {
    const { store } = freshDatabase();
    await store.putConversations([
      chat("a", 1, "one", "two"),
      chat("ab", 2, "three"),
    ]);
    await store.deleteMessages("a", ["a-1"]);
    expect((await store.load("a"))?.messages.map((m) => m.id)).toEqual(["a-0"]);
    await store.deleteConversation("a");
    expect(await store.load("a")).toBeUndefined();
    // "ab" shares a prefix with "a": its messages must survive the range delete.
    expect((await store.load("ab"))?.messages).toHaveLength(1);
    expect((await store.loadAll()).map((c) => c.id)).toEqual(["ab"]);
  });

  it("searches every message and title, case-insensitively, newest chat first", async () => {
    const { store } = freshDatabase();
    await store.putConversations([
      chat("a", 1, "How do I brew Oolong?", "Use water below boiling."),
      chat(
        "b",
        5,
        "Coffee please",
        "Espresso needs fine grounds and OOLONG never",
      ),
      chat("c", 3, "Nothing here"),
    ]);
    const hits = await store.search("oolong");
    expect(hits.map((h) => h.conversationId)).toEqual(["b", "a"]);
    expect(hits[1].snippet).toContain("Oolong");
    expect(await store.search("  ")).toEqual([]);
    expect(
      (await store.search("nothing")).map((h) => h.conversationId),
    ).toEqual(["c"]);
  });

  it("writes several conversations all at once or not at all", async () => {
    const { store } = freshDatabase();
    await store.putConversations([chat("keep", 1, "kept")]);
    const bad = chat("bad", 2, "x");
    // A value IndexedDB cannot store (a function) fails the transaction part-way.
    (bad.messages[0] as unknown as { content: unknown }).content = () => {};
    await expect(
      store.putConversations([chat("new", 3, "fine"), bad]),
    ).rejects.toBeInstanceOf(StorageError);
    expect((await store.listMeta()).map((m) => m.id)).toEqual(["keep"]);
  });

  it("reports a full disk as a quota failure", async () => {
    const full: UseStore = () => {
      const err = new Error("The quota has been exceeded.");
      err.name = "QuotaExceededError";
      return Promise.reject(err);
    };
    const store = createConversationStore(full);
    const c = chat("a", 1, "hi");
    await expect(
      store.saveMessages(metaOf(c), c.messages),
    ).rejects.toMatchObject({
      name: "StorageError",
      code: "quota",
    });
  });

  it("keeps conversations apart per database (a fresh store starts empty)", async () => {
    const a = createConversationStore(createStore("iso-1", "records"));
    const b = createConversationStore(createStore("iso-2", "records"));
    await a.putConversations([chat("x", 1, "only in a")]);
    expect(await b.listMeta()).toEqual([]);
  });
});
