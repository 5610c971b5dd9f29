import type { ConversationsModel } from "../../chat/conversations-model";
import type { Conversation } from "../../chat/types";
import { formatMegabytes } from "../../i18n/format";
import { formatNumber, t } from "../../i18n/locale";
import type { SavedPrompt } from "../../prompts/prompt";
import type { PromptStore } from "../../storage/prompt-store";
import { StorageError, storageErrorText } from "../../storage/storage-error";
import { importPrompts } from "./prompt-transfer";

export interface TransferResult {
  ok: boolean;
  text: string;
}

/** "2 chats", "1 saved prompt": counts as the result lines have always written them. */
export const chatsCount = (n: number) =>
  t("files.count.chats", {
    count: n,
    n: formatNumber(n, { useGrouping: false }),
  });
export const savedPromptsCount = (n: number) =>
  t("files.count.savedPrompts", {
    count: n,
    n: formatNumber(n, { useGrouping: false }),
  });

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
      t("files.import.tooLarge", { size: formatMegabytes(LIMITS.fileBytes) }),
    );
  let plan;
  try {
    plan = await planImport(await file.text(), model.list.value, (id) =>
      model.get(id),
    );
  } catch (err) {
    return refuse(err instanceof Error ? err.message : String(err));
  }
  let promptsWritten: number | undefined;
  try {
    if (plan.toWrite.length > 0) await model.addConversations(plan.toWrite);
    const { saveImportedAttachments } =
      await import("../../attachments/transfer");
    await saveImportedAttachments(plan.toWrite);
    if (prompts && plan.prompts.length > 0)
      promptsWritten = await importPrompts(prompts, plan.prompts);
  } catch (err) {
    return {
      ok: false,
      text: t("files.import.notSaved", {
        reason: storageErrorText(StorageError.from(err).code),
      }),
    };
  }
  const chats = chatsCount(plan.toWrite.length);
  const imported =
    promptsWritten === undefined
      ? t("files.import.done", { chats })
      : t("files.import.doneWithPrompts", {
          chats,
          prompts: savedPromptsCount(promptsWritten),
        });
  if (!plan.alreadyHere) return { ok: true, text: imported };
  const skipped = t("files.import.alreadyHere", {
    count: plan.alreadyHere,
    n: formatNumber(plan.alreadyHere, { useGrouping: false }),
  });
  return {
    ok: true,
    text: t("files.import.doneAndSkipped", { imported, skipped }),
  };
}

function refuse(reason: string): TransferResult {
  return { ok: false, text: t("files.import.refused", { reason }) };
}
