import type { FailureCode } from "../engine/errors";
import type { Usage } from "../engine/protocol";

export type MessageStatus = "complete" | "streaming" | "stopped" | "failed";

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
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: ChatMessage[];
}
