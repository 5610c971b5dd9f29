import * as v from "valibot";
import type { Conversation } from "../chat/types";
import { formatMegabytes } from "../i18n/format";
import { t } from "../i18n/locale";
import { entry, ImportError, within, type FieldLabel } from "./import-error";
import { LIMITS } from "./limits";
import { exportFile, isFileWide, type ExportFile } from "./schema";
import type { SavedPrompt } from "../prompts/prompt";
import { checkTree } from "./validate-tree";
import { validatePrompts } from "./validate-prompts";
import { ATTACHMENT_LABELS, ENTRY_WORDS } from "./schema-attachments";

export { ImportError };

// Words for the schema's keys, as the refusals name them ("Conversation 2, message 5, …").
const LABELS: Record<string, FieldLabel> = {
  id: "files.import.field.id",
  title: "files.import.field.title",
  messages: "files.import.field.messages",
  settings: "files.import.field.settings",
  createdAt: "files.import.field.createdAt",
  updatedAt: "files.import.field.updatedAt",
  systemPrompt: "files.import.field.systemPrompt",
  temperature: "files.import.field.temperature",
  topP: "files.import.field.topP",
  maxTokens: "files.import.field.maxTokens",
  role: "files.import.field.role",
  content: "files.import.field.content",
  status: "files.import.field.status",
  usage: "files.import.field.usage",
  promptTokens: "files.import.field.promptTokens",
  completionTokens: "files.import.field.completionTokens",
  prefillTokensPerSecond: "files.import.field.prefillTokensPerSecond",
  decodeTokensPerSecond: "files.import.field.decodeTokensPerSecond",
  timeToFirstTokenSeconds: "files.import.field.timeToFirstTokenSeconds",
  modelId: "files.import.field.modelId",
  error: "files.import.field.error",
  code: "files.import.field.code",
  detail: "files.import.field.detail",
  parentId: "files.import.field.parentId",
  activeId: "files.import.field.activeId",
  ...ATTACHMENT_LABELS,
};

/** A key's word; a key the schema does not have (only in "unknown field") as it is. */
const label = (key: string | number): string =>
  typeof key === "string" && Object.hasOwn(LABELS, key)
    ? t(LABELS[key])
    : String(key);

/** Where in the file an issue is, from its path ("" for the whole file's problems). */
export function placeOf(issue: v.BaseIssue<unknown>): string {
  if (isFileWide(issue)) return "";
  // A missing or unknown key is a problem of the object that holds it.
  const path = issue.path ?? [];
  const keys = (path.at(-1)?.origin === "key" ? path.slice(0, -1) : path).map(
    (p) => p.key as string | number,
  );
  if (keys.length === 0 || keys[0] === "format" || keys[0] === "version")
    return t("files.import.place.file");
  if (keys.length === 1)
    return keys[0] === "exportedAt"
      ? t("files.import.place.exportDate")
      : t("files.import.place.conversations");
  let place = t("files.import.place.conversation", {
    n: entry(Number(keys[1])),
  });
  for (let i = 2; i < keys.length; i++) {
    const key = keys[i];
    let part: string;
    if (key === "messages" && typeof keys[i + 1] === "number")
      part = t("files.import.place.message", { n: entry(Number(keys[++i])) });
    else if (key === "error" && i + 1 < keys.length)
      part = t("files.import.place.errorField", { field: label(keys[++i]) });
    else if (
      typeof key === "string" &&
      Object.hasOwn(ENTRY_WORDS, key) &&
      typeof keys[i + 1] === "number"
    )
      part = t(ENTRY_WORDS[key], { n: entry(Number(keys[++i])) });
    else part = label(key);
    place = within(place, part);
  }
  return place;
}

/** The checked file as conversations; each attachment gets its conversation's id. */
function toConversations(file: ExportFile): Conversation[] {
  return file.conversations.map(({ attachments, ...c }) => ({
    ...c,
    settings: c.settings ?? {},
    ...(attachments === undefined
      ? {}
      : {
          attachments: attachments.map((a) => ({
            ...a,
            conversationId: c.id,
          })),
        }),
  }));
}

/**
 * Checks an export file against the schema (src/transfer/schema.ts) and returns fresh
 * objects built from the checked fields only: nothing from the file is kept by reference,
 * so no unexpected key or prototype reaches the app. Throws ImportError naming the first
 * problem and where it is.
 */
export function validateExport(json: string): Conversation[] {
  return validateExportFile(json).conversations;
}

/** validateExport, and the saved prompts the file may carry (validate-prompts.ts). */
export function validateExportFile(json: string): {
  conversations: Conversation[];
  prompts: SavedPrompt[];
} {
  if (json.length > LIMITS.fileBytes)
    throw new ImportError(
      "",
      t("files.import.tooLarge", { size: formatMegabytes(LIMITS.fileBytes) }),
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new ImportError(
      "",
      t("files.import.notJson", { detail: (err as Error).message }),
    );
  }
  const result = v.safeParse(exportFile, parsed, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw new ImportError(placeOf(issue), issue.message);
  }
  const conversations = toConversations(result.output);
  if (new Set(conversations.map((c) => c.id)).size !== conversations.length)
    throw new ImportError(
      t("files.import.place.conversations"),
      t("files.import.duplicateConversations"),
    );
  // Checks beyond the schema, one line each.
  conversations.forEach((c, i) =>
    checkTree(
      c.messages,
      t("files.import.place.conversation", { n: entry(i) }),
      c.activeId,
    ),
  );
  return { conversations, prompts: validatePrompts(result.output.prompts) };
}
