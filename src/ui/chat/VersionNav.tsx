import type { ChatModel } from "../../chat/chat-model";
import "./version-nav.css";
import { switchVersion } from "../../chat/tree";
import type { ChatMessage } from "../../chat/types";
import { t } from "../../i18n/locale";

/** Shows another version of a message (-1 previous, +1 next), with what followed it. */
function step(chat: ChatModel, message: ChatMessage, by: number): boolean {
  const leaf = switchVersion(chat.active.value.messages, message.id, by);
  if (leaf === undefined) return false;
  chat.conversations.showVersion(leaf);
  return true;
}

/** "‹ 2/3 ›" under a message that has other versions (regenerated replies, edits). */
export function VersionNav({
  message,
  chat,
}: {
  message: ChatMessage;
  chat: ChatModel;
}) {
  const version = chat.conversations.versions.value.get(message.id);
  if (!version || version.count < 2) return null;
  const { index, count } = version;
  return (
    <div
      class="version-nav"
      role="group"
      aria-label={t("chat.version.group", { index, count })}
    >
      <button
        type="button"
        aria-label={t("chat.version.previous")}
        disabled={index <= 1}
        onClick={() => step(chat, message, -1)}
      >
        ‹
      </button>
      <span aria-hidden="true">
        {index}/{count}
      </span>
      <button
        type="button"
        aria-label={t("chat.version.next")}
        disabled={index >= count}
        onClick={() => step(chat, message, 1)}
      >
        ›
      </button>
    </div>
  );
}

/**
 * Alt+Left and Alt+Right on a focused message step between its versions. Browsers use
 * Alt+Left for Back, so a handled key is kept from reaching them.
 */
export function onVersionKey(
  e: KeyboardEvent,
  chat: ChatModel,
  message: ChatMessage,
): void {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const by = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : 0;
  const target = e.target as HTMLElement | null;
  if (by === 0 || target?.closest("textarea, input")) return;
  e.preventDefault();
  if (step(chat, message, by)) {
    // The message shown now replaces this one in the list: keep focus on its place.
    // Moved in a microtask, after Preact's render (also a microtask, queued first by the
    // change), so before the next key is handled: moved at the next frame, a second quick
    // Alt+Right on a busy machine went to the article being replaced and was lost.
    const article = e.currentTarget as HTMLElement;
    const list = article.parentElement;
    const at = list ? Array.from(list.children).indexOf(article) : -1;
    const focusAt = () => {
      const next = list?.children[at] as HTMLElement | undefined;
      if (!next || next === article) return false;
      next.focus();
      return true;
    };
    queueMicrotask(() => {
      if (!focusAt()) requestAnimationFrame(focusAt);
    });
  }
}
