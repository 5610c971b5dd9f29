/** Sizes an import may not exceed; each is far above what a real chat reaches. */
export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  conversations: 10_000,
  messagesPerConversation: 10_000,
  totalMessages: 200_000,
  idChars: 128,
  titleChars: 300,
  contentChars: 1_000_000,
  systemPromptChars: 50_000,
  modelIdChars: 200,
  errorDetailChars: 10_000,
  maxTokens: 1_000_000,
} as const;

export const EXPORT_FORMAT = "hearth.conversations";
export const EXPORT_VERSION = 1;
