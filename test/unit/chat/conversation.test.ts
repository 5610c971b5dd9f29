import { describe, expect, it } from "vitest";
import {
  addMessage,
  byActivity,
  changeSettings,
  createConversation,
  messagesAfter,
  nextTimestamp,
  removeMessages,
  rename,
  withMessages,
  isSendable,
  titleFrom,
  updateMessage,
} from "../../../src/chat/conversation";
import { planContext } from "../../../src/chat/context";
import type { ChatMessage } from "../../../src/chat/types";
import { msg } from "../support/messages";

describe("conversation functions", () => {
  it("titles a conversation from its first user message", () => {
    const c = addMessage(
      createConversation(0, "c"),
      msg("1", "user", "  What is a llama?\nmore", 5),
    );
    expect(c.title).toBe("What is a llama?");
    expect(c.updatedAt).toBe(5);
    const later = addMessage(c, msg("2", "user", "Another question"));
    expect(later.title).toBe("What is a llama?");
  });

  it("cuts a long title at a word and marks the cut", () => {
    const t = titleFrom(
      "Please explain the difference between quantisation formats used by web-llm",
    );
    expect(t.length).toBeLessThanOrEqual(49);
    expect(t.endsWith("…")).toBe(true);
    expect(t).toBe("Please explain the difference between…");
    expect(titleFrom("   ")).toBe("New chat");
  });

  it("never mutates its input", () => {
    const c = createConversation(0, "c");
    const frozen = Object.freeze({
      ...c,
      messages: Object.freeze([]) as unknown as ChatMessage[],
    });
    const next = addMessage(frozen, msg("1", "user", "hi"));
    expect(frozen.messages).toHaveLength(0);
    expect(next.messages).toHaveLength(1);
    const updated = updateMessage(next, "1", { content: "hello" }, 9);
    expect(next.messages[0].content).toBe("hi");
    expect(updated.messages[0].content).toBe("hello");
    expect(updated.updatedAt).toBe(9);
  });

  it("returns the same conversation when the message is not there", () => {
    const c = addMessage(createConversation(0), msg("1", "user", "hi"));
    expect(updateMessage(c, "missing", { content: "x" }, 5)).toBe(c);
  });

  it("sends the model every turn in order, leaving out empty failed replies", () => {
    let c = createConversation(0);
    c = addMessage(c, msg("1", "user", "first"));
    c = addMessage(c, { ...msg("2", "assistant", ""), status: "failed" });
    c = addMessage(c, msg("3", "user", "second"));
    c = addMessage(c, {
      ...msg("4", "assistant", "partial answer"),
      status: "stopped",
    });
    c = addMessage(c, msg("5", "user", "third"));
    expect(planContext(c.messages, {}, 4096).prompt).toEqual([
      { role: "user", content: "first" },
      { role: "user", content: "second" },
      { role: "assistant", content: "partial answer" },
      { role: "user", content: "third" },
    ]);
  });

  it("accepts only messages with something besides whitespace", () => {
    expect(isSendable("")).toBe(false);
    expect(isSendable(" \n\t ")).toBe(false);
    expect(isSendable(" a ")).toBe(true);
  });
});

describe("more conversation functions", () => {
  const base = () => {
    let c = createConversation(0, "c");
    c = addMessage(c, msg("a", "user", "one", 10));
    c = addMessage(c, msg("b", "assistant", "two", 11));
    c = addMessage(c, msg("c", "user", "three", 12));
    return c;
  };

  it("gives each new message a time after the last one, even within a millisecond", () => {
    expect(nextTimestamp(base(), 5)).toBe(13);
    expect(nextTimestamp(base(), 50)).toBe(50);
    expect(nextTimestamp(createConversation(0), 7)).toBe(7);
  });

  it("removes messages and finds those after one", () => {
    const c = base();
    expect(removeMessages(c, ["b"]).messages.map((m) => m.id)).toEqual([
      "a",
      "c",
    ]);
    expect(removeMessages(c, ["zzz"])).toBe(c);
    expect(messagesAfter(c, "a").map((m) => m.id)).toEqual(["b", "c"]);
    expect(messagesAfter(c, "c")).toEqual([]);
    expect(messagesAfter(c, "zzz")).toEqual([]);
  });

  it("merges messages back in time order, replacing by id", () => {
    const c = removeMessages(base(), ["b"]);
    const merged = withMessages(c, [
      msg("b", "assistant", "two again", 11),
      msg("d", "assistant", "four", 13),
    ]);
    expect(merged.messages.map((m) => m.content)).toEqual([
      "one",
      "two again",
      "three",
      "four",
    ]);
  });

  it("renames with a trimmed title and refuses an empty one", () => {
    const c = base();
    expect(rename(c, "  Tea   notes ", 99)).toMatchObject({
      title: "Tea notes",
      updatedAt: 99,
    });
    expect(rename(c, "   ", 99)).toBe(c);
  });

  it("changes settings, and an empty value goes back to the model's default", () => {
    const c = changeSettings(base(), { temperature: 0.3, systemPrompt: "Hi" });
    expect(c.settings).toEqual({ temperature: 0.3, systemPrompt: "Hi" });
    const reset = changeSettings(c, {
      temperature: undefined,
      systemPrompt: "",
    });
    expect(reset.settings).toEqual({});
  });

  it("sorts by last activity, newest first", () => {
    const metas = [
      { ...createConversation(1, "old"), updatedAt: 5 },
      { ...createConversation(2, "new"), updatedAt: 9 },
      { ...createConversation(3, "mid"), updatedAt: 7 },
    ];
    expect(metas.sort(byActivity).map((m) => m.id)).toEqual([
      "new",
      "mid",
      "old",
    ]);
  });
});
