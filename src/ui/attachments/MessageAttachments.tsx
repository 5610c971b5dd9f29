import type { ChatModel } from "../../chat/chat-model";
import type { ChatMessage } from "../../chat/types";
import { t } from "../../i18n/locale";
import { AttachmentChips } from "./AttachmentChips";
import { SourcesNote } from "./SourcesNote";

/** A message's files (on the user's side) or what a reply was given from them. */
export function MessageAttachments({
  message,
  chat,
}: {
  message: ChatMessage;
  chat: ChatModel;
}) {
  if (message.role === "assistant")
    return <SourcesNote sources={message.sources} />;
  const ids = message.attachmentIds;
  if (!ids?.length || !chat.documents) return null;
  const stored = chat.documents.storedFor(chat.active.value.id);
  const files = stored.filter((a) => ids.includes(a.id));
  return (
    <AttachmentChips
      attachments={files}
      label={t("files.message.attachments")}
    />
  );
}
