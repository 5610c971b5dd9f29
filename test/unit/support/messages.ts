import type { ChatMessage } from "../../../src/chat/types";

/** A finished message, as the conversation functions and stores take it. */
export const msg = (
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
