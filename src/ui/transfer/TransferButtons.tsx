import { useSignal } from "@preact/signals";
import { useContext, useRef } from "preact/hooks";
import type { ConversationsModel } from "../../chat/conversations-model";
import { t } from "../../i18n/locale";
import { PromptStoreContext } from "../../prompts/context";
import { promptsToExport } from "./prompt-transfer";
import {
  chatsCount,
  exportConversations,
  importFile,
  savedPromptsCount,
  type TransferResult,
} from "./transfer-actions";

/** Export every chat, or import a file of them; the result is said in words. */
export function TransferButtons({
  conversations,
}: {
  conversations: ConversationsModel;
}) {
  const result = useSignal<TransferResult | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const promptStore = useContext(PromptStoreContext);
  const exportAll = async (format: "json" | "md") => {
    const all = await conversations.exportAll();
    const prompts = format === "json" ? await promptsToExport(promptStore) : [];
    await exportConversations(all, format, prompts);
    const chats = chatsCount(all.length);
    result.value = {
      ok: true,
      text: prompts.length
        ? t("files.export.doneWithPrompts", {
            chats,
            prompts: savedPromptsCount(prompts.length),
          })
        : t("files.export.done", { chats }),
    };
  };
  return (
    <div class="transfer">
      <details class="transfer-menu">
        <summary>{t("files.transfer.menu")}</summary>
        <div class="transfer-buttons">
          <button type="button" onClick={() => void exportAll("json")}>
            {t("files.transfer.exportJson")}
          </button>
          <button type="button" onClick={() => void exportAll("md")}>
            {t("files.transfer.exportMarkdown")}
          </button>
          <button type="button" onClick={() => picker.current?.click()}>
            {t("files.transfer.import")}
          </button>
          <input
            ref={picker}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            tabIndex={-1}
            aria-label={t("files.transfer.importFile")}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = "";
              if (file)
                result.value = await importFile(
                  conversations,
                  file,
                  promptStore,
                );
            }}
          />
        </div>
      </details>
      {result.value ? (
        <p
          class={`transfer-result ${result.value.ok ? "" : "failed"}`}
          role={result.value.ok ? "status" : "alert"}
        >
          {result.value.text}
        </p>
      ) : null}
    </div>
  );
}
