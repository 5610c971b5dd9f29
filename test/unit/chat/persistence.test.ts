import { describe, expect, it, vi } from "vitest";
import { CONTINUE_INSTRUCTION } from "../../../src/chat/chat-model";
import type { ConversationsModel } from "../../../src/chat/conversations-model";
import { createConversation } from "../../../src/chat/conversation";
import type { ChatMessage } from "../../../src/chat/types";
import type { ConversationStore } from "../../../src/storage/conversation-store";
import { loadModel, openTab, useFakeClock } from "../support/app-tab";
import { Browser, freshDatabase } from "../support/stores";

useFakeClock();

/** One tab of the app, model loaded; `browser` joins it to other tabs of the same browser. */
async function openLoadedTab(
  db = freshDatabase(),
  browser = new Browser(),
  store: ConversationStore = db.store,
) {
  const sync = browser.tab();
  const tab = await openTab({ db, sync, store });
  await loadModel(tab.engine);
  return { ...tab, sync, browser };
}

async function settleAll(tab: { conversations: ConversationsModel }) {
  await vi.advanceTimersByTimeAsync(0);
  await tab.conversations.flushed();
}

const contents = (messages: ChatMessage[]) => messages.map((m) => m.content);

describe("saving conversations", () => {
  it("saves a streaming reply at least once a second, and once more when it ends", async () => {
    const tab = await openLoadedTab();
    tab.chat.send("tell me about tea");
    const id = tab.chat.active.value.id;
    const saved = async () => (await tab.db.store.load(id))!.messages[1];

    await settleAll(tab);
    expect((await saved()).status).toBe("streaming");
    await vi.advanceTimersByTimeAsync(1000);
    await settleAll(tab);
    const first = await saved();
    expect(first.status).toBe("streaming");
    expect(first.content.length).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(1000);
    await settleAll(tab);
    const second = await saved();
    expect(second.content.length).toBeGreaterThan(first.content.length);
    expect(second.content.startsWith(first.content)).toBe(true);

    await vi.advanceTimersByTimeAsync(10_000);
    await settleAll(tab);
    const done = await saved();
    expect(done.status).toBe("complete");
    expect(done.content).toBe(tab.chat.active.value.messages[1].content);
    expect(done.content).toContain("shorter steeping.");
  });

  it("a reload brings back the sidebar and the open chat", async () => {
    const tab = await openLoadedTab();
    tab.chat.send("/echo first");
    await vi.advanceTimersByTimeAsync(200);
    tab.chat.newChat();
    tab.chat.send("/echo second");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);

    const again = await openLoadedTab(tab.db, tab.browser);
    expect(again.conversations.list.value.map((c) => c.title)).toEqual([
      "/echo second",
      "/echo first",
    ]);
    expect(contents(again.chat.active.value.messages)).toEqual([
      "/echo second",
      "second",
    ]);
  });

  it("a tab closed mid-reply leaves the partial reply marked interrupted; Continue appends to it", async () => {
    const db = freshDatabase();
    let dead = false;
    // A closed tab writes nothing more: every later write of the old tab never happens.
    const store = new Proxy(db.store, {
      get:
        (target, key: keyof ConversationStore) =>
        (...args: unknown[]) =>
          dead
            ? new Promise(() => {})
            : (target[key] as (...a: unknown[]) => unknown)(...args),
    });
    const tab = await openLoadedTab(db, new Browser(), store);
    tab.chat.send("tell me about tea");
    await vi.advanceTimersByTimeAsync(700);
    await settleAll(tab);
    dead = true;
    tab.sync.close(); // and its reply lock goes with it

    const next = await openLoadedTab(tab.db, tab.browser);
    const [, reply] = next.chat.active.value.messages;
    expect(reply.status).toBe("interrupted");
    expect(reply.content.length).toBeGreaterThan(0);
    await settleAll(next);
    expect(
      (await next.db.store.load(next.chat.active.value.id))!.messages[1].status,
    ).toBe("interrupted");

    expect(next.chat.continueReply(reply.id)).toBe(true);
    const sent = next.generateRequests().at(-1)!;
    expect(sent.messages.at(-2)).toEqual({
      role: "assistant",
      content: reply.content,
    });
    expect(sent.messages.at(-1)).toEqual({
      role: "user",
      content: CONTINUE_INSTRUCTION,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await settleAll(next);
    const continued = next.chat.active.value.messages[1];
    expect(continued.status).toBe("complete");
    expect(continued.content.startsWith(reply.content)).toBe(true);
    expect(continued.content.length).toBeGreaterThan(reply.content.length);
    expect(next.chat.active.value.messages).toHaveLength(2);
  });

  it("a reply still being written by a live tab is not marked interrupted", async () => {
    const browser = new Browser();
    const one = await openLoadedTab(undefined, browser);
    one.chat.send("tell me about tea");
    await vi.advanceTimersByTimeAsync(700);
    await settleAll(one);
    const two = await openLoadedTab(one.db, browser);
    expect(two.chat.active.value.messages[1].status).toBe("streaming");
    await vi.advanceTimersByTimeAsync(10_000);
    await settleAll(one);
    await vi.waitFor(() =>
      expect(two.chat.active.value.messages[1].status).toBe("complete"),
    );
  });

  it("two tabs sending in turn into one chat keep every message, in order", async () => {
    const browser = new Browser();
    const one = await openLoadedTab(undefined, browser);
    one.chat.send("/echo one");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(one);
    const two = await openLoadedTab(one.db, browser);
    expect(two.chat.active.value.id).toBe(one.chat.active.value.id);
    two.chat.send("/echo two");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(two);
    await vi.waitFor(() =>
      expect(one.chat.active.value.messages).toHaveLength(4),
    );
    one.chat.send("/echo three");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(one);
    const expected = [
      "/echo one",
      "one",
      "/echo two",
      "two",
      "/echo three",
      "three",
    ];
    expect(
      contents((await one.db.store.load(one.chat.active.value.id))!.messages),
    ).toEqual(expected);
    await vi.waitFor(() =>
      expect(contents(two.chat.active.value.messages)).toEqual(expected),
    );
  });

  it("deletes a chat at once and Undo brings it back whole", async () => {
    const tab = await openLoadedTab();
    tab.chat.send("/echo keep me");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);
    const before = tab.chat.active.value;
    await tab.conversations.remove(before.id);
    await settleAll(tab);
    expect(tab.conversations.list.value).toEqual([]);
    expect(tab.chat.active.value.messages).toEqual([]);
    expect(await tab.db.store.load(before.id)).toBeUndefined();
    tab.conversations.undo.value!.run();
    await settleAll(tab);
    expect(await tab.db.store.load(before.id)).toEqual(before);
    expect(tab.chat.active.value).toEqual(before);
    expect(tab.conversations.list.value.map((c) => c.id)).toEqual([before.id]);
  });

  it("deletes one message with undo, renames, and keeps settings per chat", async () => {
    const tab = await openLoadedTab();
    tab.chat.send("/echo a");
    await vi.advanceTimersByTimeAsync(200);
    const id = tab.chat.active.value.id;
    const reply = tab.chat.active.value.messages[1];
    tab.chat.deleteMessage(reply.id);
    await settleAll(tab);
    expect((await tab.db.store.load(id))!.messages).toHaveLength(1);
    tab.conversations.undo.value!.run();
    tab.conversations.renameActive("Letters");
    tab.conversations.changeActiveSettings({
      temperature: 0.2,
      systemPrompt: "Be terse.",
    });
    await settleAll(tab);
    const saved = (await tab.db.store.load(id))!;
    expect(contents(saved.messages)).toEqual(["/echo a", "a"]);
    expect(saved).toMatchObject({
      title: "Letters",
      settings: { temperature: 0.2, systemPrompt: "Be terse." },
    });
  });

  it("shows a full disk in plain words, keeps the messages on screen, and saves them once it can", async () => {
    const db = freshDatabase();
    let full = true;
    const store: ConversationStore = {
      ...db.store,
      saveMessages: (meta, messages) => {
        if (!full) return db.store.saveMessages(meta, messages);
        const err = new Error("Quota exceeded");
        err.name = "QuotaExceededError";
        return Promise.reject(err);
      },
    };
    const tab = await openLoadedTab(db, new Browser(), store);
    tab.chat.send("/echo not lost");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);
    expect(tab.conversations.storageError.value).toBe("quota");
    expect(contents(tab.chat.active.value.messages)).toEqual([
      "/echo not lost",
      "not lost",
    ]);
    full = false;
    tab.chat.send("/echo later");
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);
    expect(tab.conversations.storageError.value).toBeNull();
    expect(
      contents((await db.store.load(tab.chat.active.value.id))!.messages),
    ).toEqual(["/echo not lost", "not lost", "/echo later", "later"]);
  });
});

describe("replies and what the model is sent", () => {
  it("regenerates a reply as a new version beside it, keeping the old one", async () => {
    const tab = await openLoadedTab();
    tab.chat.send("/echo same");
    await vi.advanceTimersByTimeAsync(200);
    const [question, reply] = tab.chat.active.value.messages;
    expect(tab.chat.regenerate(reply.id)).toBe(true);
    expect(tab.generateRequests().at(-1)!.messages).toEqual([
      { role: "user", content: "/echo same" },
    ]);
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);
    const messages = tab.chat.active.value.messages;
    expect(messages).toHaveLength(3);
    expect(messages[1]).toMatchObject({ id: reply.id, content: "same" });
    expect(messages[2]).toMatchObject({
      parentId: question.id,
      content: "same",
      status: "complete",
    });
    expect(tab.chat.conversations.path.value.map((m) => m.id)).toEqual([
      question.id,
      messages[2].id,
    ]);
    const stored = await tab.db.store.load(tab.chat.active.value.id);
    expect(stored?.messages).toHaveLength(3);
    expect(stored?.activeId).toBe(messages[2].id);
  });

  it("edits a message and resends it as a new branch; the model gets only that branch", async () => {
    const tab = await openLoadedTab();
    tab.chat.send("/echo one");
    await vi.advanceTimersByTimeAsync(200);
    tab.chat.send("/echo two");
    await vi.advanceTimersByTimeAsync(200);
    const first = tab.chat.active.value.messages[0];
    expect(tab.chat.editAndResend(first.id, "/echo uno")).toBe(true);
    expect(tab.generateRequests().at(-1)!.messages).toEqual([
      { role: "user", content: "/echo uno" },
    ]);
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);
    expect(contents(tab.chat.conversations.path.value)).toEqual([
      "/echo uno",
      "uno",
    ]);
    const stored = (await tab.db.store.load(tab.chat.active.value.id))!;
    expect(contents(stored.messages)).toEqual([
      "/echo one",
      "one",
      "/echo two",
      "two",
      "/echo uno",
      "uno",
    ]);
    // The first branch is still there, one version away.
    const old = stored.messages[0];
    tab.chat.conversations.showVersion(old.id);
    expect(contents(tab.chat.conversations.path.value)).toEqual(["/echo one"]);
  });

  it("sends the system prompt first and the chat's settings with the request", async () => {
    const tab = await openLoadedTab();
    tab.conversations.changeActiveSettings({
      systemPrompt: "You are terse.",
      temperature: 0.3,
      topP: 0.8,
      maxTokens: 64,
    });
    tab.chat.send("/echo hi");
    const sent = tab.generateRequests().at(-1)!;
    expect(sent.messages).toEqual([
      { role: "system", content: "You are terse." },
      { role: "user", content: "/echo hi" },
    ]);
    expect(sent.options).toEqual({
      temperature: 0.3,
      topP: 0.8,
      maxTokens: 64,
    });
    await vi.advanceTimersByTimeAsync(200);
    await settleAll(tab);
    expect(
      (await tab.db.store.load(tab.chat.active.value.id))!.settings
        .systemPrompt,
    ).toBe("You are terse.");
  });

  it("leaves the oldest turns out of a chat longer than the window, keeps the system prompt, and says which", async () => {
    const tab = await openLoadedTab();
    const long = createConversation(1, "long");
    const messages: ChatMessage[] = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      role: i % 2 ? "assistant" : "user",
      content: `${i} ` + "word ".repeat(200),
      createdAt: 10 + i,
      status: "complete",
    }));
    await tab.conversations.addConversations([
      {
        ...long,
        title: "Long",
        settings: { systemPrompt: "Stay kind." },
        messages,
      },
    ]);
    await tab.conversations.open("long");
    const plan = tab.chat.plan.value;
    expect(plan.omittedIds.length).toBeGreaterThan(0);
    expect(plan.omittedIds[0]).toBe("m0");
    tab.chat.send("/echo still here");
    const sent = tab.generateRequests().at(-1)!.messages;
    expect(sent[0]).toEqual({ role: "system", content: "Stay kind." });
    expect(sent.at(-1)).toEqual({ role: "user", content: "/echo still here" });
    expect(sent.length).toBeLessThan(42);
    expect(sent[1].role).toBe("user");
    await vi.advanceTimersByTimeAsync(300);
    // It fitted: the engine answered instead of reporting an overlong conversation.
    expect(tab.chat.active.value.messages.at(-1)).toMatchObject({
      content: "still here",
      status: "complete",
    });
  });
});
