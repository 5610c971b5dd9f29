import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import { FileDown, Pencil, SlidersHorizontal, Trash } from "lucide-preact";
import { ContextMeter } from "./ContextMeter";
import { IconButton } from "../kit/IconButton";
import { SettingsPanel } from "./SettingsPanel";
import type { EngineModel } from "../../engine/engine-model";
import { exportConversations } from "../transfer/transfer-actions";
import { shownTitle } from "../../chat/conversation";
import { t } from "../../i18n/locale";

/** The open chat's title and what can be done to it: rename, settings, export, delete. */
export function ConversationHeader({
  chat,
  engine,
}: {
  chat: ChatModel;
  engine: EngineModel;
}) {
  const conversations = chat.conversations;
  const conversation = conversations.active.value;
  const editing = useSignal(false);
  const showSettings = useSignal(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Focus follows the edit: into the field when it opens, back to Rename when it closes.
    if (editing.value) titleInput.current?.select();
    else if (wasEditing.current) renameButton.current?.focus();
    wasEditing.current = editing.value;
  }, [editing.value]);

  const saved = conversation.messages.length > 0;
  const finishRename = (value: string | null) => {
    if (value !== null) conversations.renameActive(value);
    editing.value = false;
  };

  return (
    <section class="conversation-header" aria-label={t("chat.header.label")}>
      <div class="header-row">
        {editing.value ? (
          <input
            ref={titleInput}
            class="title-input"
            aria-label={t("chat.header.titleInput")}
            defaultValue={shownTitle(conversation.title)}
            maxLength={300}
            onKeyDown={(e) => {
              if (e.key === "Enter") finishRename(e.currentTarget.value);
              else if (e.key === "Escape") finishRename(null);
            }}
            onBlur={(e) => editing.value && finishRename(e.currentTarget.value)}
          />
        ) : (
          <h2 class="chat-title">{shownTitle(conversation.title)}</h2>
        )}
        <div class="header-actions">
          <IconButton
            buttonRef={renameButton}
            icon={Pencil}
            label={t("chat.header.rename")}
            tip={t("chat.header.renameTip")}
            showLabel
            disabled={!saved}
            onClick={() => (editing.value = true)}
          />
          <IconButton
            icon={SlidersHorizontal}
            label={t("chat.settings.label")}
            tip={t("chat.header.settingsTip")}
            showLabel
            aria-expanded={showSettings.value}
            aria-controls="chat-settings"
            onClick={() => (showSettings.value = !showSettings.value)}
          />
          <details class="export-menu">
            <summary
              aria-disabled={!saved}
              class="icon-button with-label"
              title={t("chat.header.exportTip")}
            >
              <FileDown aria-hidden="true" size={18} />
              {/* Text straight in the summary, so getByText("Export chat") finds it. */}
              {t("chat.header.export")}
            </summary>
            <div class="menu">
              <button
                type="button"
                disabled={!saved}
                onClick={() => void exportConversations([conversation], "json")}
              >
                {t("chat.header.exportJson")}
              </button>
              <button
                type="button"
                disabled={!saved}
                onClick={() => void exportConversations([conversation], "md")}
              >
                {t("chat.header.exportMarkdown")}
              </button>
            </div>
          </details>
          <IconButton
            icon={Trash}
            label={t("chat.header.delete")}
            tip={t("chat.header.deleteTip")}
            showLabel
            disabled={!saved}
            onClick={() => {
              chat.stopIn(conversation.id);
              void conversations.remove(conversation.id);
            }}
          />
        </div>
      </div>
      <ContextMeter chat={chat} />
      {showSettings.value ? (
        <SettingsPanel
          chat={chat}
          engine={engine}
          onClose={() => (showSettings.value = false)}
        />
      ) : null}
    </section>
  );
}
