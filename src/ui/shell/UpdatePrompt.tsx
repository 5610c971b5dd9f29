import type { ChatModel } from "../../chat/chat-model";
import { t } from "../../i18n/locale";
import type { UpdateModel } from "../../pwa/update-model";

/**
 * "Update available" with a Reload action. Reload waits while a reply is being written,
 * so an update never cuts a reply off half way.
 */
export function UpdatePrompt({
  updates,
  chat,
}: {
  updates: UpdateModel;
  chat: ChatModel;
}) {
  if (!updates.updateReady.value) return null;
  const writing = chat.streamingId.value !== null;
  return (
    <div class="update-bar" role="status" aria-label={t("shell.update.label")}>
      <span id="update-text">
        {writing
          ? t("shell.update.availableWaiting")
          : t("shell.update.available")}
      </span>
      <button
        type="button"
        disabled={writing}
        aria-describedby="update-text"
        onClick={() => void updates.reload()}
      >
        {t("shell.update.reload")}
      </button>
    </div>
  );
}
