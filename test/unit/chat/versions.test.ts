import { describe, expect, it, vi } from "vitest";
import type { ChatMessage } from "../../../src/chat/types";
import { loadModel, openTab, useFakeClock } from "../support/app-tab";
import { Browser, freshDatabase } from "../support/stores";

useFakeClock();

const contents = (messages: readonly ChatMessage[]) =>
  messages.map((m) => m.content);

async function tabWithBranches() {
  const tab = await openTab({ db: freshDatabase(), sync: new Browser().tab() });
  await loadModel(tab.engine);
  const { chat, conversations } = tab;
  chat.send("/echo first answer");
  await vi.advanceTimersByTimeAsync(300);
  chat.send("/echo follow-up");
  await vi.advanceTimersByTimeAsync(300);
  const question = conversations.path.value[0];
  chat.editAndResend(question.id, "/echo second answer");
  await vi.advanceTimersByTimeAsync(300);
  await conversations.flushed();
  return tab;
}

describe("versions everywhere else", () => {
  it("search finds text in a version not on screen, and opening the hit shows that version", async () => {
    const { conversations } = await tabWithBranches();
    expect(contents(conversations.path.value)).toEqual([
      "/echo second answer",
      "second answer",
    ]);
    const [hit] = await conversations.search("follow-up");
    expect(hit.snippet).toContain("follow-up");
    conversations.newChat();
    await conversations.open(hit.conversationId, hit.messageId);
    expect(contents(conversations.path.value)).toEqual([
      "/echo first answer",
      "first answer",
      "/echo follow-up",
      "follow-up",
    ]);
  });

  it("deleting a message deletes what follows it in its branch, and Undo brings it all back", async () => {
    const { conversations, db } = await tabWithBranches();
    const id = conversations.active.value.id;
    await conversations.open(id, conversations.active.value.messages[1].id);
    const firstReply = conversations.path.value[1];
    conversations.deleteMessage(firstReply.id);
    await conversations.flushed();
    expect(conversations.undo.value?.text).toBe("Deleted 3 messages.");
    expect(contents((await db.store.load(id))!.messages)).toEqual([
      "/echo first answer",
      "/echo second answer",
      "second answer",
    ]);
    expect(contents(conversations.path.value)).toEqual(["/echo first answer"]);
    conversations.undo.value!.run();
    await conversations.flushed();
    expect((await db.store.load(id))!.messages).toHaveLength(6);
    expect(contents(conversations.path.value)).toEqual([
      "/echo first answer",
      "first answer",
      "/echo follow-up",
      "follow-up",
    ]);
  });

  it("continues a reply only where nothing follows it yet", async () => {
    const { chat, conversations } = await tabWithBranches();
    await conversations.open(
      conversations.active.value.id,
      conversations.active.value.messages[1].id,
    );
    const [, reply] = conversations.path.value;
    expect(chat.continueReply(reply.id)).toBe(false);
  });
});
