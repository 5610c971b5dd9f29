import type { PromptMessage } from "../engine/protocol";
import type { ChatMessage, Conversation } from "./types";

// Pure functions over conversations: each returns a new value and never mutates its input.

const TITLE_CHARS = 48;

export function newId(): string {
  return crypto.randomUUID();
}

export function createConversation(now: number, id = newId()): Conversation {
  return {
    id,
    title: "New chat",
    createdAt: now,
    updatedAt: now,
    messages: [],
  };
}

/** A title from the first line of the first message, cut at a word near 48 characters. */
export function titleFrom(text: string): string {
  const line = text.trim().split("\n")[0].replace(/\s+/g, " ");
  if (line.length <= TITLE_CHARS) return line || "New chat";
  const cut = line.slice(0, TITLE_CHARS);
  const space = cut.lastIndexOf(" ");
  return (space > TITLE_CHARS / 2 ? cut.slice(0, space) : cut) + "…";
}

export function addMessage(
  conversation: Conversation,
  message: ChatMessage,
): Conversation {
  const first = conversation.messages.length === 0 && message.role === "user";
  return {
    ...conversation,
    title: first ? titleFrom(message.content) : conversation.title,
    updatedAt: message.createdAt,
    messages: [...conversation.messages, message],
  };
}

export function updateMessage(
  conversation: Conversation,
  id: string,
  change: Partial<Omit<ChatMessage, "id" | "role">>,
  now: number,
): Conversation {
  let found = false;
  const messages = conversation.messages.map((m) => {
    if (m.id !== id) return m;
    found = true;
    return { ...m, ...change };
  });
  return found ? { ...conversation, messages, updatedAt: now } : conversation;
}

/**
 * What the model is sent: the conversation in order, leaving out assistant turns that
 * failed before writing anything (an empty turn would only confuse the model).
 */
export function toPrompt(conversation: Conversation): PromptMessage[] {
  return conversation.messages
    .filter((m) => !(m.role === "assistant" && m.content.trim() === ""))
    .map((m) => ({ role: m.role, content: m.content }));
}

/** A message is sendable when it has something besides whitespace. */
export function isSendable(text: string): boolean {
  return text.trim().length > 0;
}
