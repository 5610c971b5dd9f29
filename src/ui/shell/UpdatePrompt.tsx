import type { ChatModel } from "../../chat/chat-model";
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
    <div class="update-bar" role="status" aria-label="Update">
      <span id="update-text">
        Update available
        {writing ? " · Reload once the reply is finished" : ""}
      </span>
      <button
        type="button"
        disabled={writing}
        aria-describedby="update-text"
        onClick={() => void updates.reload()}
      >
        Reload
      </button>
    </div>
  );
}
