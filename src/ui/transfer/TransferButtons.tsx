import { useSignal } from "@preact/signals";
import { useContext, useRef } from "preact/hooks";
import type { ConversationsModel } from "../../chat/conversations-model";
import { PromptStoreContext } from "../../prompts/context";
import { promptsToExport } from "./prompt-transfer";
import {
  exportConversations,
  importFile,
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
    const withPrompts = prompts.length
      ? ` and ${prompts.length} saved ${prompts.length === 1 ? "prompt" : "prompts"}`
      : "";
    result.value = {
      ok: true,
      text: `Exported ${all.length} ${all.length === 1 ? "chat" : "chats"}${withPrompts}.`,
    };
  };
  return (
    <div class="transfer">
      <details class="transfer-menu">
        <summary>Export and import</summary>
        <div class="transfer-buttons">
          <button type="button" onClick={() => void exportAll("json")}>
            Export all chats as JSON
          </button>
          <button type="button" onClick={() => void exportAll("md")}>
            Export all chats as Markdown
          </button>
          <button type="button" onClick={() => picker.current?.click()}>
            Import chats
          </button>
          <input
            ref={picker}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            tabIndex={-1}
            aria-label="Chats file to import"
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
