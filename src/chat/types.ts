import type { Attachment, SourceUse } from "../attachments/types";
import type { FailureCode } from "../engine/errors";
import type { Usage } from "../engine/protocol";

/**
 * "interrupted": the page went away (reload, tab closed, crash) while the reply was being
 * written; what had been saved is kept and the reply can be continued or regenerated.
 */
export type MessageStatus =
  "complete" | "streaming" | "stopped" | "failed" | "interrupted";

export interface ChatMessage {
  id: string;
  role: "user" | "assistant";
  content: string;
  createdAt: number;
  status: MessageStatus;
  /** The model that wrote an assistant message. */
  modelId?: string;
  usage?: Usage;
  error?: { code: FailureCode; detail: string };
  /**
   * The message this one follows (null: a first message); siblings are versions of each
   * other. Absent only on records saved before conversations were trees (src/chat/tree.ts).
   */
  parentId?: string | null;
  /** Files attached with a user message (issue 12; the conversation's attachments). */
  attachmentIds?: string[];
  /** What an assistant reply was given from the attachments. */
  sources?: SourceUse[];
}

/** Per-conversation generation settings; an absent field means "the model's default". */
export interface ConversationSettings {
  systemPrompt?: string;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
}

/** What the sidebar needs: everything but the messages, so start-up never reads them. */
export interface ConversationMeta {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  settings: ConversationSettings;
  /** The last message of the path on screen; absent until the chat has a message. */
  activeId?: string;
  /** The stored format (src/storage/migrate.ts); absent on chats saved before trees. */
  version?: number;
}

export interface Conversation extends ConversationMeta {
  messages: ChatMessage[];
  /** Only in export files and imports: stored apart (storage/attachment-store.ts). */
  attachments?: Attachment[];
}
