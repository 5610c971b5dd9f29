import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import { isSendable } from "../../chat/conversation";
import type { EngineModel } from "../../engine/engine-model";
import { AttachButton } from "../attachments/AttachButton";
import { ComposerAttachments } from "../attachments/ComposerAttachments";
import { usePromptMenu } from "../prompts/use-prompt-menu";
import { t } from "../../i18n/locale";
import { canLoadFirst, loadThenSend } from "./send-after-load";

export function Composer({
  chat,
  engine,
}: {
  chat: ChatModel;
  engine: EngineModel;
}) {
  const draft = useSignal("");
  const pending = useSignal(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const prompts = usePromptMenu(chat, draft, box);
  const focusRequest = chat.conversations.composerFocus.value;
  useEffect(() => {
    if (focusRequest > 0) box.current?.focus();
  }, [focusRequest]);
  const status = engine.status.value.kind;
  const streaming = chat.streamingId.value !== null;
  // A question waits for the files being read, or it would go without them.
  const reading = (chat.documents?.reading.value.length ?? 0) > 0;
  // With no model loaded, Send loads the chosen one first (send-after-load.ts).
  const canSend =
    isSendable(draft.value) &&
    !reading &&
    (status === "ready" || (canLoadFirst(engine) && !pending.value));
  // When a reply ends or the model becomes ready, the button that had focus (Stop, Load
  // model) disappears or turns off; the message box is where the reader goes next.
  const canType = status === "ready" && !streaming;
  useEffect(() => {
    const lost =
      document.activeElement === document.body ||
      document.activeElement === null ||
      (document.activeElement as HTMLButtonElement).disabled === true;
    if (canType && lost) box.current?.focus();
  }, [canType]);

  const send = () => {
    if (!canSend) return;
    if (status === "ready") {
      if (chat.send(draft.value)) draft.value = "";
      return;
    }
    pending.value = true;
    void loadThenSend(engine, chat, () => draft.value).then((sent) => {
      pending.value = false;
      if (sent) draft.value = "";
    });
  };
  const placeholder =
    status === "ready" || status === "generating"
      ? // Short, so a phone's box shows it whole; Enter and Shift+Enter are in the README.
        t("chat.composer.placeholderReady")
      : status === "loading"
        ? t("chat.composer.placeholderLoading")
        : t("chat.composer.placeholderIdle");

  const attachments = chat.documents;
  return (
    <>
      {attachments ? (
        <ComposerAttachments
          attachments={attachments}
          conversationId={chat.active.value.id}
        />
      ) : null}
      <form
        class="composer"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        {attachments ? <AttachButton attachments={attachments} /> : null}
        <textarea
          dir="auto"
          ref={box}
          aria-label={t("chat.composer.label")}
          rows={2}
          placeholder={placeholder}
          value={draft.value}
          {...prompts.boxAria}
          onFocus={prompts.onFocus}
          onInput={(e) => (draft.value = e.currentTarget.value)}
          onPaste={(e) => {
            const files = [...(e.clipboardData?.files ?? [])];
            if (!attachments || files.length === 0) return;
            e.preventDefault();
            void attachments.add(files);
          }}
          onKeyDown={(e) => {
            if (prompts.onKeyDown(e)) return;
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              send();
            } else if (e.key === "Escape" && streaming) {
              chat.stop();
            }
          }}
        />
        {streaming ? (
          <button type="button" class="stop" onClick={() => chat.stop()}>
            {t("chat.composer.stop")}
          </button>
        ) : (
          <button type="submit" class="primary" disabled={!canSend}>
            {t("chat.composer.send")}
          </button>
        )}
        {prompts.element}
      </form>
    </>
  );
}
