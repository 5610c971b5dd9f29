import { describe, expect, it } from "vitest";
import { roomFor } from "../../../src/attachments/attachments-model";
import {
  passageContext,
  planDocuments,
  wholeContext,
} from "../../../src/attachments/budget";
import { splitLines, splitPages } from "../../../src/attachments/split";
import type { Attachment } from "../../../src/attachments/types";
import { estimateTokens, planContext } from "../../../src/chat/context";
import type {
  ChatMessage,
  ConversationSettings,
} from "../../../src/chat/types";

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const words = (rnd: () => number, n: number) =>
  Array.from(
    { length: n },
    () =>
      ["valve", "pump", "ünïcode", "42", "north", "gate", "owl", "x"][
        Math.floor(rnd() * 8)
      ],
  ).join(" ");

function attachment(id: string, text: string, pdf: boolean): Attachment {
  const pages = text.match(/[\s\S]{1,2000}/g) ?? [];
  return {
    id,
    conversationId: "c",
    name: `${id}.${pdf ? "pdf" : "txt"}`,
    kind: pdf ? "pdf" : "text",
    mime: "",
    size: text.length,
    sha256: "",
    text,
    passages: pdf ? splitPages(pages) : splitLines(text),
    addedAt: 0,
  };
}

describe("the documents budget", () => {
  it("never lets documents and conversation overflow the context window", () => {
    const rnd = random(7);
    const modes = new Set<string>();
    for (let run = 0; run < 200; run++) {
      const contextWindow = [1024, 2048, 4096, 8192][run % 4];
      const settings: ConversationSettings = {
        systemPrompt:
          rnd() < 0.5 ? words(rnd, Math.floor(rnd() * 200)) : undefined,
        maxTokens: rnd() < 0.3 ? Math.floor(rnd() * 1500) + 1 : undefined,
      };
      const messages: ChatMessage[] = Array.from(
        { length: Math.floor(rnd() * 12) + 1 },
        (_, i) => ({
          id: `m${i}`,
          role: i % 2 === 0 ? "user" : "assistant",
          content: words(rnd, Math.floor(rnd() * 300) + 1),
          createdAt: i,
          status: "complete",
        }),
      );
      if (messages.at(-1)!.role === "assistant") messages.pop();
      const docs = Array.from({ length: Math.floor(rnd() * 3) + 1 }, (_, i) =>
        attachment(
          `d${i}`,
          words(rnd, Math.floor(rnd() * 8000) + 1),
          rnd() < 0.5,
        ),
      );
      const room = roomFor(messages, settings, contextWindow, []);
      const plan = planDocuments(docs, room);
      modes.add(plan.mode);
      const ranked = docs.flatMap((d) =>
        d.passages.map((p) => ({ attachmentId: d.id, passageId: p.id })),
      );
      const block =
        plan.mode === "whole"
          ? wholeContext(docs)
          : passageContext(
              docs,
              ranked.sort(() => rnd() - 0.5),
              plan.mode === "passages" ? plan.tokens : 0,
            );
      const sent = planContext(messages, settings, contextWindow, [], block);
      // What an honest count of the prompt as sent says, not only the plan's own sum.
      const counted = sent.prompt.reduce(
        (n, m) => n + estimateTokens(m.content) + 4,
        0,
      );
      const newestAlone =
        room.systemTokens + room.newestTokens + sent.reserveTokens;
      if (newestAlone > contextWindow) continue; // too long with no documents at all
      expect(counted, `run ${run}`).toBeLessThanOrEqual(sent.usedTokens);
      expect(
        sent.usedTokens + sent.reserveTokens,
        `run ${run}`,
      ).toBeLessThanOrEqual(contextWindow);
      expect(sent.prompt.at(-1)!.content).toBe(messages.at(-1)!.content);
    }
    expect([...modes].sort()).toEqual(["passages", "whole"]);
  });

  it("sends a document whole when it fits beside the conversation, else passages", () => {
    const room = {
      contextWindow: 4096,
      reserveTokens: 512,
      systemTokens: 0,
      conversationTokens: 100,
      newestTokens: 100,
    };
    const small = attachment("s", "a short note", false);
    expect(planDocuments([small], room).mode).toBe("whole");
    const big = attachment("b", "valve pump ".repeat(5000), true);
    const plan = planDocuments([big], room);
    expect(plan.mode).toBe("passages");
    expect(planDocuments([], room).mode).toBe("none");
  });
});
