import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { isSendable } from "../../chat/conversation";
import type { ChatMessage } from "../../chat/types";
import { t } from "../../i18n/locale";

/** Edits one of your messages; sending adds a new version beside it, keeping this one. */
export function MessageEditor({
  message,
  later,
  canSend,
  onDone,
}: {
  message: ChatMessage;
  /** How many messages follow this one (kept with this version). */
  later: number;
  canSend: boolean;
  /** The new text, or null to cancel. */
  onDone: (text: string | null) => void;
}) {
  const draft = useSignal(message.content);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const ok = canSend && isSendable(draft.value);
  return (
    <form
      class="message-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) onDone(draft.value);
      }}
    >
      <textarea
        dir="auto"
        ref={box}
        aria-label={t("chat.editor.label")}
        rows={3}
        value={draft.value}
        onInput={(e) => (draft.value = e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            if (ok) onDone(draft.value);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            onDone(null);
          }
        }}
      />
      {later > 0 ? (
        <p class="meta">{t("chat.editor.later", { count: later })}</p>
      ) : null}
      <div class="action-row">
        <button type="submit" class="primary" disabled={!ok}>
          {t("chat.editor.send")}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t("chat.editor.cancel")}
        </button>
      </div>
    </form>
  );
}
