import { describe, expect, it } from "vitest";
import {
  addMessage,
  createConversation,
  isSendable,
  titleFrom,
  updateMessage,
} from "../../../src/chat/conversation";
import { planContext } from "../../../src/chat/context";
import type { ChatMessage } from "../../../src/chat/types";

const msg = (
  id: string,
  role: ChatMessage["role"],
  content: string,
  createdAt = 1,
): ChatMessage => ({
  id,
  role,
  content,
  createdAt,
  status: "complete",
});

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
