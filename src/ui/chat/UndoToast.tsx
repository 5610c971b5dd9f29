import { useEffect, useRef } from "preact/hooks";
import type { ConversationsModel } from "../../chat/conversations-model";
import { t } from "../../i18n/locale";

const SHOW_MS = 10_000;

/** "Deleted … Undo": focus moves to Undo so a keyboard user can take it straight back. */
export function UndoToast({
  conversations,
}: {
  conversations: ConversationsModel;
}) {
  const undo = conversations.undo.value;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!undo) return;
    button.current?.focus();
    const timer = setTimeout(() => {
      if (conversations.undo.value !== undo) return;
      const hadFocus = document.activeElement === button.current;
      conversations.undo.value = null;
      if (hadFocus) conversations.composerFocus.value++;
    }, SHOW_MS);
    return () => clearTimeout(timer);
  }, [undo]);
  if (!undo) return null;
  return (
    <div class="undo-toast" role="status">
      <span>{undo.text}</span>
      <button
        ref={button}
        type="button"
        onClick={() => {
          undo.run();
          conversations.undo.value = null;
          conversations.composerFocus.value++;
        }}
      >
        {t("chat.undo.undo")}
      </button>
      <button
        type="button"
        aria-label={t("chat.undo.dismiss")}
        onClick={() => {
          conversations.undo.value = null;
          conversations.composerFocus.value++;
        }}
      >
        ×
      </button>
    </div>
  );
}
