import type {
  ChatMessage,
  Conversation,
  ConversationMeta,
  ConversationSettings,
} from "./types";
import { t } from "../i18n/locale";

/** The stored format of a chat: 2 since conversations are trees (src/storage/migrate.ts). */
export const STORAGE_VERSION = 2;

// Pure functions over conversations: each returns a new value and never mutates its input.

const TITLE_CHARS = 48;
/** The stored title of a chat nobody has named: kept in English, shown by `shownTitle`. */
export const UNTITLED = "New chat";

/** A chat's title as shown: an unnamed chat's in the language in use. */
export function shownTitle(title: string): string {
  return title === UNTITLED ? t("chat.untitled") : title;
}

export function newId(): string {
  return crypto.randomUUID();
}

export function createConversation(now: number, id = newId()): Conversation {
  return {
    id,
    title: UNTITLED,
    createdAt: now,
    updatedAt: now,
    settings: {},
    messages: [],
  };
}

/** A title from the first line of the first message, cut at a word near 48 characters. */
export function titleFrom(text: string): string {
  const line = text.trim().split("\n")[0].replace(/\s+/g, " ");
  if (line.length <= TITLE_CHARS) return line || UNTITLED;
  const cut = line.slice(0, TITLE_CHARS);
  const space = cut.lastIndexOf(" ");
  return (space > TITLE_CHARS / 2 ? cut.slice(0, space) : cut) + "…";
}

/**
 * A creation time for the next message that sorts after every message already there, so
 * order survives storage (records are sorted by time) even within one millisecond.
 */
export function nextTimestamp(conversation: Conversation, now: number): number {
  const last = conversation.messages.at(-1)?.createdAt ?? -Infinity;
  return Math.max(now, last + 1);
}

/** Adds a message and shows it: it becomes the end of the path on screen. */
export function addMessage(
  conversation: Conversation,
  message: ChatMessage,
): Conversation {
  const first = conversation.messages.length === 0 && message.role === "user";
  return {
    ...conversation,
    title: first ? titleFrom(message.content) : conversation.title,
    updatedAt: Math.max(conversation.updatedAt, message.createdAt),
    activeId: message.id,
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

/** Removes the given messages; returns the same conversation when none of them is there. */
export function removeMessages(
  conversation: Conversation,
  ids: readonly string[],
): Conversation {
  const messages = conversation.messages.filter((m) => !ids.includes(m.id));
  return messages.length === conversation.messages.length
    ? conversation
    : { ...conversation, messages };
}

/** The messages after the given one (what "edit and resend" and "regenerate" replace). */
export function messagesAfter(
  conversation: Conversation,
  id: string,
): ChatMessage[] {
  const index = conversation.messages.findIndex((m) => m.id === id);
  return index < 0 ? [] : conversation.messages.slice(index + 1);
}

/** Puts messages back in time order, e.g. after an undo or another tab's write. */
export function withMessages(
  conversation: Conversation,
  messages: readonly ChatMessage[],
): Conversation {
  const byId = new Map(conversation.messages.map((m) => [m.id, m]));
  for (const m of messages) byId.set(m.id, m);
  const sorted = [...byId.values()].sort(byTime);
  return { ...conversation, messages: sorted };
}

export function byTime(a: ChatMessage, b: ChatMessage): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function rename(
  conversation: Conversation,
  title: string,
  now: number,
): Conversation {
  const clean = title.trim().replace(/\s+/g, " ");
  return clean
    ? { ...conversation, title: clean, updatedAt: now }
    : conversation;
}

/** Merges a settings change; `undefined` values go back to the model's default. */
export function changeSettings(
  conversation: Conversation,
  change: Partial<ConversationSettings>,
): Conversation {
  const settings: ConversationSettings = { ...conversation.settings };
  for (const [key, value] of Object.entries(change) as Array<
    [keyof ConversationSettings, string | number | undefined]
  >) {
    if (value === undefined || value === "") delete settings[key];
    else Object.assign(settings, { [key]: value });
  }
  return { ...conversation, settings };
}

/** Everything but the messages; fields this release does not know are kept, not dropped. */
export function metaOf(conversation: ConversationMeta): ConversationMeta {
  const meta: ConversationMeta & Partial<Conversation> = { ...conversation };
  delete meta.messages;
  return meta;
}

/** Most recent activity first, as in every chat app's sidebar. */
export function byActivity(a: ConversationMeta, b: ConversationMeta): number {
  return b.updatedAt - a.updatedAt || b.createdAt - a.createdAt;
}

/** A message is sendable when it has something besides whitespace. */
export function isSendable(text: string): boolean {
  return text.trim().length > 0;
}
