import type { ChatModel } from "../../chat/chat-model";
import type { ChatMessage } from "../../chat/types";

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
        <p class="meta badge interrupted">
          Interrupted: the page was closed or reloaded before this reply
          finished. What was written is kept.
        </p>
      ) : null}
      {message.status === "streaming" && !ours ? (
        <p class="meta badge elsewhere">Being written in another tab…</p>
      ) : null}
      {omitted ? (
        <p class="meta badge omitted">
          Left out of what the model reads: the chat is longer than its context
          window.
        </p>
      ) : null}
    </>
  );
}
