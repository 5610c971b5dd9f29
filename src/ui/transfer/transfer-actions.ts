import type { ConversationsModel } from "../../chat/conversations-model";
import type { Conversation } from "../../chat/types";
import type { SavedPrompt } from "../../prompts/prompt";
import type { PromptStore } from "../../storage/prompt-store";
import { StorageError, storageErrorText } from "../../storage/storage-error";
import { importPrompts } from "./prompt-transfer";

export interface TransferResult {
  ok: boolean;
  text: string;
}

// Export and import code is loaded only when used, keeping it off the start-up path.
const transfer = () =>
  Promise.all([
    import("../../transfer/export"),
    import("../../transfer/import"),
  ]);

export async function exportConversations(
  conversations: Conversation[],
  format: "json" | "md",
  /** Saved prompts to include (JSON only). */
  prompts: readonly SavedPrompt[] = [],
): Promise<void> {
  const [{ toExportJson, toMarkdown, download, fileName }] = await transfer();
  if (format === "json")
    download(
      fileName(conversations, "json"),
      toExportJson(
        await (
          await import("../../attachments/transfer")
        ).withAttachments(conversations),
        new Date(),
        prompts,
      ),
      "application/json",
    );
  else
    download(
      fileName(conversations, "md"),
      toMarkdown(conversations),
      "text/markdown",
    );
}

export async function importFile(
  model: ConversationsModel,
  file: File,
  prompts?: PromptStore,
): Promise<TransferResult> {
  const [, { planImport }] = await transfer();
  const { LIMITS } = await import("../../transfer/limits");
  if (file.size > LIMITS.fileBytes)
    return refuse(
      `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
    );
  let plan;
  try {
    plan = await planImport(await file.text(), model.list.value, (id) =>
      model.get(id),
    );
  } catch (err) {
    return refuse(err instanceof Error ? err.message : String(err));
  }
  let promptsText = "";
  try {
    if (plan.toWrite.length > 0) await model.addConversations(plan.toWrite);
    const { saveImportedAttachments } =
      await import("../../attachments/transfer");
    await saveImportedAttachments(plan.toWrite);
    if (prompts && plan.prompts.length > 0)
      promptsText = await importPrompts(prompts, plan.prompts);
  } catch (err) {
    return {
      ok: false,
      text: `The chats were not imported. ${storageErrorText(StorageError.from(err).code)}`,
    };
  }
  const n = plan.toWrite.length;
  const imported = `Imported ${n} ${n === 1 ? "chat" : "chats"}${promptsText}.`;
  const skipped = plan.alreadyHere
    ? ` ${plan.alreadyHere} ${plan.alreadyHere === 1 ? "was" : "were"} already here.`
    : "";
  return { ok: true, text: imported + skipped };
}

function refuse(reason: string): TransferResult {
  return {
    ok: false,
    text: `The file was not imported: ${reason}. Nothing was changed.`,
  };
}
