import type { ChatModel } from "../../chat/chat-model";
import type { ChatMessage } from "../../chat/types";
import { findEntry } from "../../engine/catalog";
import type { EngineModel } from "../../engine/engine-model";
import { errorText } from "../../engine/errors";
import { formatRate } from "../kit/format";
import { MessageActions } from "./MessageActions";
import { MessageAttachments } from "../attachments/MessageAttachments";
import { MessageBadges } from "./MessageBadges";
import { Markdown } from "../markdown/Markdown";
import { onVersionKey, VersionNav } from "./VersionNav";
import { formatNumber, t } from "../../i18n/locale";

export function MessageView({
  message,
  chat,
  engine,
}: {
  message: ChatMessage;
  chat: ChatModel;
  engine: EngineModel;
}) {
  const streaming = chat.streamingId.value === message.id;
  const author =
    message.role === "user"
      ? t("chat.message.you")
      : (findEntry(engine.catalog, message.modelId ?? "")?.name ??
        t("chat.message.assistant"));
  const usage = message.usage;
  return (
    <article
      class={`message ${message.role}`}
      aria-busy={streaming}
      tabIndex={0}
      onKeyDown={(e) => onVersionKey(e, chat, message)}
    >
      <h3 class="author">{author}</h3>
      {/* While streaming, pass the signal itself: tokens reach the renderer, not Preact. */}
      <div class="content" dir="auto">
        {message.role === "user" ? (
          message.content
        ) : (
          <Markdown source={streaming ? chat.streamingText : message.content} />
        )}
      </div>
      {streaming ? <span class="cursor" aria-hidden="true" /> : null}
      <MessageAttachments message={message} chat={chat} />
      {message.status === "stopped" ? (
        <p class="meta">{t("chat.message.stopped")}</p>
      ) : null}
      {message.status === "failed" && message.error ? (
        <p class="meta failed">
          {message.content
            ? t("chat.message.failedKept", {
                title: errorText(message.error.code).title,
              })
            : t("chat.message.failed", {
                title: errorText(message.error.code).title,
                advice: errorText(message.error.code).advice,
              })}
        </p>
      ) : null}
      {usage && message.status === "complete" ? (
        <p class="meta">
          {t("chat.message.usage", {
            prefill: formatRate(usage.prefillTokensPerSecond),
            decode: formatRate(usage.decodeTokensPerSecond),
            count: usage.completionTokens,
            // Written as before: no grouping separators in a token count.
            tokens: formatNumber(usage.completionTokens, {
              useGrouping: false,
            }),
          })}
        </p>
      ) : null}
      <MessageBadges message={message} chat={chat} />
      <VersionNav message={message} chat={chat} />
      <MessageActions message={message} chat={chat} engine={engine} />
    </article>
  );
}
