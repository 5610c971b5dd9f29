import type { ChatMessage } from "../chat/types";

// Where the conversation store keeps things: one record per chat, one per message.
export type MetaKey = ["c", string];
export type MessageKey = ["m", string, string];
export type MessageRecord = ChatMessage & { conversationId: string };

export const metaKey = (id: string): MetaKey => ["c", id];
export const messageKey = (conversationId: string, id: string): MessageKey => [
  "m",
  conversationId,
  id,
];
// Array keys sort element by element, and an array sorts after any string: [p, []] bounds
// every key that starts with p.
// Built on use, not at import, so the module loads before a test installs fake-indexeddb.
export const allMeta = () => IDBKeyRange.bound(["c"], ["c", []]);
export const allMessages = () => IDBKeyRange.bound(["m"], ["m", []]);
export const messagesOf = (id: string) =>
  IDBKeyRange.bound(["m", id], ["m", id, []]);

export const toMessage = ({
  conversationId: _,
  ...m
}: MessageRecord): ChatMessage => m;
