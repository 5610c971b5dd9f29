import type { PromptMessage } from "../engine/protocol";
import type { ChatMessage, ConversationSettings } from "./types";

/**
 * Token counts on the main thread are estimates: the real tokenizer lives in the engine
 * worker, inside web-llm. English runs near 4 characters a token for Llama's tokenizers;
 * we count 3.5 (code and numbers split finer) and every non-ASCII character as a whole
 * token, so the estimate errs high and a trimmed conversation still fits.
 */
const ASCII_CHARS_PER_TOKEN = 3.5;
/** Role markers and separators that a chat template adds around each message. */
const PER_MESSAGE_TOKENS = 4;
/** Room kept free for the reply when the conversation sets no maximum length. */
const DEFAULT_REPLY_RESERVE = 512;

export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) ascii++;
    else other++;
  }
  return Math.ceil(ascii / ASCII_CHARS_PER_TOKEN) + other;
}

const messageTokens = (content: string) =>
  estimateTokens(content) + PER_MESSAGE_TOKENS;

export interface ContextPlan {
  /** What the model is sent, system prompt first. */
  prompt: PromptMessage[];
  /** Messages left out because the conversation outgrew the window, oldest first. */
  omittedIds: string[];
  /** Estimated tokens of the prompt as sent. */
  usedTokens: number;
  /** Tokens kept free for the reply. */
  reserveTokens: number;
  contextWindow: number;
  /** The newest message alone (with the system prompt) does not fit: sent as-is, it fails. */
  tooLong: boolean;
}

export function replyReserve(
  settings: ConversationSettings,
  contextWindow: number,
): number {
  return Math.min(
    settings.maxTokens ?? DEFAULT_REPLY_RESERVE,
    Math.floor(contextWindow / 2),
  );
}

/** Attached documents' text for this turn (issue 12), read after the system prompt. */
export interface DocumentsBlock {
  text: string;
  /** Its estimated cost, role marker included (an upper bound: see attachments/budget.ts). */
  tokens: number;
}

/**
 * Chooses what the model sees. Empty assistant turns (failed before writing) are never
 * sent. When the rest outgrows the window less the reply's reserve, the oldest turns go
 * first; the system prompt and the newest message always stay. `extra` is appended after
 * the messages (the instruction that asks for a continuation).
 */
export function planContext(
  messages: readonly ChatMessage[],
  settings: ConversationSettings,
  contextWindow: number,
  extra: PromptMessage[] = [],
  documents?: DocumentsBlock,
): ContextPlan {
  // One system message: web-llm refuses a second one, or one that is not first.
  const systemText = [
    settings.systemPrompt?.trim() ? settings.systemPrompt : "",
    documents?.text ?? "",
  ]
    .filter((t) => t !== "")
    .join("\n\n");
  const system: PromptMessage[] = systemText
    ? [{ role: "system", content: systemText }]
    : [];
  const candidates = messages.filter(
    (m) => !(m.role === "assistant" && m.content.trim() === ""),
  );
  const reserveTokens = replyReserve(settings, contextWindow);
  const budget = contextWindow - reserveTokens;
  const systemOnly = settings.systemPrompt?.trim()
    ? messageTokens(settings.systemPrompt)
    : 0;
  const fixed =
    systemOnly +
    (documents?.tokens ?? 0) +
    extra.reduce((n, m) => n + messageTokens(m.content), 0);

  // Walk back from the newest message, keeping whole messages while they fit.
  const kept: ChatMessage[] = [];
  let used = fixed;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const cost = messageTokens(candidates[i].content);
    const newest = kept.length === 0;
    if (!newest && used + cost > budget) break;
    kept.unshift(candidates[i]);
    used += cost;
  }
  // A model should not read a reply to a question it cannot see.
  while (kept.length > 1 && kept[0].role === "assistant") {
    used -= messageTokens(kept.shift()!.content);
  }
  const keptIds = new Set(kept.map((m) => m.id));
  const omittedIds = candidates
    .filter((m) => !keptIds.has(m.id))
    .map((m) => m.id);
  return {
    prompt: [
      ...system,
      ...kept.map((m) => ({ role: m.role, content: m.content })),
      ...extra,
    ],
    omittedIds,
    usedTokens: used,
    reserveTokens,
    contextWindow,
    tooLong: used > contextWindow,
  };
}
