import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import type { ChatMessage } from "../../chat/types";
import type { EngineModel } from "../../engine/engine-model";
import {
  Check,
  Copy,
  Pencil,
  RefreshCw,
  StepForward,
  Trash,
} from "lucide-preact";
import { IconButton } from "../kit/IconButton";
import { MessageEditor } from "./MessageEditor";
import "./message-actions.css";
import { t } from "../../i18n/locale";

/** Copy, edit and resend, regenerate, continue, delete: buttons under each message. */
export function MessageActions({
  message,
  chat,
  engine,
}: {
  message: ChatMessage;
  chat: ChatModel;
  engine: EngineModel;
}) {
  const copied = useSignal(false);
  const editing = useSignal(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closedEditor = useRef(false);
  useEffect(() => {
    if (!editing.value && closedEditor.current) editButton.current?.focus();
    closedEditor.current = false;
  }, [editing.value]);

  const path = chat.conversations.path.value;
  const last = path.at(-1)?.id === message.id;
  const canGenerate =
    engine.status.value.kind === "ready" && chat.streamingId.value === null;
  const resumable =
    message.status === "interrupted" || message.status === "stopped";
  const busyHere = message.status === "streaming";
  if (busyHere) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message.content);
      copied.value = true;
      setTimeout(() => (copied.value = false), 2000);
    } catch {
      copied.value = false;
    }
  };

  return (
    <div class="message-actions">
      <div
        class="action-row"
        role="group"
        aria-label={
          message.role === "user"
            ? t("chat.actions.userGroup")
            : t("chat.actions.replyGroup")
        }
      >
        <IconButton
          icon={copied.value ? Check : Copy}
          label={
            copied.value ? t("chat.actions.copied") : t("chat.actions.copy")
          }
          onClick={() => void copy()}
        />
        {message.role === "user" ? (
          <IconButton
            buttonRef={editButton}
            icon={Pencil}
            label={t("chat.actions.edit")}
            tip={t("chat.actions.editTip")}
            aria-expanded={editing.value}
            onClick={() => (editing.value = !editing.value)}
          />
        ) : null}
        {message.role === "assistant" &&
        last &&
        resumable &&
        message.content ? (
          <IconButton
            icon={StepForward}
            label={t("chat.actions.continue")}
            tip={t("chat.actions.continueTip")}
            disabled={!canGenerate}
            onClick={() => chat.continueReply(message.id)}
          />
        ) : null}
        {message.role === "assistant" && last ? (
          <IconButton
            icon={RefreshCw}
            label={t("chat.actions.regenerate")}
            tip={t("chat.actions.regenerateTip")}
            disabled={!canGenerate}
            onClick={() => chat.regenerate(message.id)}
          />
        ) : null}
        <IconButton
          icon={Trash}
          label={t("chat.actions.delete")}
          tip={t("chat.actions.deleteTip")}
          onClick={() => chat.deleteMessage(message.id)}
        />
        <span class="visually-hidden" role="status">
          {copied.value ? t("chat.actions.copiedStatus") : ""}
        </span>
      </div>
      {editing.value ? (
        <MessageEditor
          message={message}
          later={path.length - 1 - path.findIndex((m) => m.id === message.id)}
          canSend={canGenerate}
          onDone={(text) => {
            if (text === null) {
              closedEditor.current = true;
              editing.value = false;
              return;
            }
            if (chat.editAndResend(message.id, text)) {
              editing.value = false;
              chat.conversations.composerFocus.value++;
            }
          }}
        />
      ) : null}
    </div>
  );
}
