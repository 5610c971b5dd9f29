import { describe, expect, it } from "vitest";
import { estimateTokens, planContext } from "../../../src/chat/context";
import type { ChatMessage } from "../../../src/chat/types";

const msg = (
  id: string,
  role: ChatMessage["role"],
  content: string,
  status: ChatMessage["status"] = "complete",
): ChatMessage => ({ id, role, content, createdAt: Number(id), status });

/** Ten turns of 70 ASCII characters: 20 tokens of text + 4 of template each. */
const turns = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    msg(String(i + 1), i % 2 ? "assistant" : "user", "x".repeat(70)),
  );

describe("estimateTokens", () => {
  it("counts 3.5 ASCII characters a token and every other character as one", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("abcdefg")).toBe(2);
    expect(estimateTokens("x".repeat(35))).toBe(10);
    expect(estimateTokens("日本語")).toBe(3);
    expect(estimateTokens("ab日本")).toBe(3);
  });
});

describe("planContext", () => {
  it("sends the system prompt first, then every message, when all fit", () => {
    const plan = planContext(turns(4), { systemPrompt: "Be brief." }, 4096);
    expect(plan.prompt[0]).toEqual({ role: "system", content: "Be brief." });
    expect(plan.prompt).toHaveLength(5);
    expect(plan.omittedIds).toEqual([]);
    expect(plan.usedTokens).toBe(4 * 24 + estimateTokens("Be brief.") + 4);
    expect(plan.tooLong).toBe(false);
  });

  it("leaves out the oldest turns, never the system prompt or the newest message", () => {
    // Window 200, reserve 100 (half the window): 100 tokens for the prompt.
    const plan = planContext(turns(9), { systemPrompt: "S" }, 200);
    expect(plan.reserveTokens).toBe(100);
    expect(plan.prompt[0].role).toBe("system");
    expect(plan.prompt.at(-1)?.content).toBe("x".repeat(70));
    expect(plan.usedTokens).toBeLessThanOrEqual(100);
    // System (5) + 3 messages (72) fit; a fourth would pass 100. The first kept must be a user turn.
    expect(plan.prompt.slice(1).map((m) => m.role)).toEqual([
      "user",
      "assistant",
      "user",
    ]);
    expect(plan.omittedIds).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("keeps the reply's room from the maximum reply length when set", () => {
    const plan = planContext(turns(9), { maxTokens: 40 }, 200);
    expect(plan.reserveTokens).toBe(40);
    expect(plan.usedTokens).toBeLessThanOrEqual(160);
    // Six messages (144) fit in 160, but the sixth-newest is a reply whose question is gone.
    expect(plan.omittedIds).toEqual(["1", "2", "3", "4"]);
    expect(plan.prompt[0].role).toBe("user");
    expect(plan.usedTokens).toBe(5 * 24);
  });

  it("marks a newest message that alone is too long, and still sends it as it is", () => {
    const plan = planContext(
      [msg("1", "user", "hi"), msg("2", "user", "y".repeat(20_000))],
      {},
      4096,
    );
    expect(plan.tooLong).toBe(true);
    expect(plan.prompt).toEqual([
      { role: "user", content: "y".repeat(20_000) },
    ]);
    expect(plan.omittedIds).toEqual(["1"]);
  });

  it("never sends empty failed replies, and appends the extra instruction", () => {
    const plan = planContext(
      [
        msg("1", "user", "a"),
        msg("2", "assistant", "", "failed"),
        msg("3", "user", "b"),
        msg("4", "assistant", "partial", "interrupted"),
      ],
      {},
      4096,
      [{ role: "user", content: "Continue" }],
    );
    expect(plan.prompt.map((m) => m.content)).toEqual([
      "a",
      "b",
      "partial",
      "Continue",
    ]);
    expect(plan.omittedIds).toEqual([]);
  });

  it("ignores a blank system prompt", () => {
    expect(planContext(turns(1), { systemPrompt: "  " }, 4096).prompt).toEqual([
      { role: "user", content: "x".repeat(70) },
    ]);
  });
});
