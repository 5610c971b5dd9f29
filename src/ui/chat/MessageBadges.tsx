import type { ChatModel } from "../../chat/chat-model";
import type { ChatMessage } from "../../chat/types";
import { t } from "../../i18n/locale";

/** Plain-words marks on a message: interrupted, written in another tab, left out of context. */
export function MessageBadges({
  message,
  chat,
}: {
  message: ChatMessage;
  chat: ChatModel;
}) {
  const ours = chat.streamingId.value === message.id;
  const omitted = chat.plan.value.omittedIds.includes(message.id);
  return (
    <>
      {message.status === "interrupted" ? (
        <p class="meta badge interrupted">{t("chat.badge.interrupted")}</p>
      ) : null}
      {message.status === "streaming" && !ours ? (
        <p class="meta badge elsewhere">{t("chat.badge.elsewhere")}</p>
      ) : null}
      {omitted ? (
        <p class="meta badge omitted">{t("chat.badge.omitted")}</p>
      ) : null}
    </>
  );
}
