import { useSignalEffect } from "@preact/signals";
import { useRef } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import { speakable } from "./speakable";
import { t } from "../../i18n/locale";

/**
 * A polite live region that reads each finished reply once, never token by token: the
 * conversation log itself is aria-live="off" while a reply streams.
 */
export function ReplyAnnouncer({ chat }: { chat: ChatModel }) {
  const region = useRef<HTMLDivElement>(null);
  const streaming = useRef<string | null>(null);
  useSignalEffect(() => {
    const id = chat.streamingId.value;
    const ended = streaming.current;
    streaming.current = id;
    if (id !== null || ended === null) return;
    const message = chat.active.peek()?.messages.find((m) => m.id === ended);
    const el = region.current;
    if (!message || !el || message.status === "failed") return;
    const text = speakable(message.content);
    el.textContent =
      message.status === "stopped"
        ? t("chat.announce.stopped", { text })
        : text;
  });
  return (
    <div
      ref={region}
      class="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="reply-announcer"
    />
  );
}
