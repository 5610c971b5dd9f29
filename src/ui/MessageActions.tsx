import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { ChatModel } from "../chat/chat-model";
import type { ChatMessage } from "../chat/types";
import type { EngineModel } from "../engine/engine-model";
import { MessageEditor } from "./MessageEditor";

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
        aria-label={`${message.role === "user" ? "Your message" : "Reply"}: actions`}
      >
        <button type="button" onClick={() => void copy()}>
          {copied.value ? "Copied" : "Copy"}
        </button>
        {message.role === "user" ? (
          <button
            ref={editButton}
            type="button"
            aria-expanded={editing.value}
            onClick={() => (editing.value = !editing.value)}
          >
            Edit
          </button>
        ) : null}
        {message.role === "assistant" &&
        last &&
        resumable &&
        message.content ? (
          <button
            type="button"
            disabled={!canGenerate}
            onClick={() => chat.continueReply(message.id)}
          >
            Continue
          </button>
        ) : null}
        {message.role === "assistant" && last ? (
          <button
            type="button"
            disabled={!canGenerate}
            onClick={() => chat.regenerate(message.id)}
          >
            Regenerate
          </button>
        ) : null}
        <button type="button" onClick={() => chat.deleteMessage(message.id)}>
          Delete
        </button>
        <span class="visually-hidden" role="status">
          {copied.value ? "Copied to the clipboard." : ""}
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
