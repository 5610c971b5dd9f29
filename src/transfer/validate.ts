import * as v from "valibot";
import type { Conversation } from "../chat/types";
import { ImportError } from "./import-error";
import { LIMITS } from "./limits";
import { exportFile, FILE_WIDE, type ExportFile } from "./schema";
import type { SavedPrompt } from "../prompts/prompt";
import { checkTree } from "./validate-tree";
import { validatePrompts } from "./validate-prompts";
import { ATTACHMENT_LABELS, ENTRY_WORDS } from "./schema-attachments";

export { ImportError };

// Words for the schema's keys, as the refusals name them ("Conversation 2, message 5, …").
const LABELS: Record<string, string> = {
  createdAt: "creation time",
  updatedAt: "last activity time",
  systemPrompt: "system prompt",
  topP: "top-p",
  maxTokens: "maximum reply length",
  promptTokens: "prompt tokens",
  completionTokens: "reply tokens",
  modelId: "model",
  parentId: "parent",
  activeId: "active message",
  ...ATTACHMENT_LABELS,
};

/** Where in the file an issue is, from its path ("" for the whole file's problems). */
export function placeOf(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith(FILE_WIDE)) return "";
  // A missing or unknown key is a problem of the object that holds it.
  const path = issue.path ?? [];
  const keys = (path.at(-1)?.origin === "key" ? path.slice(0, -1) : path).map(
    (p) => p.key as string | number,
  );
  if (keys.length === 0 || keys[0] === "format" || keys[0] === "version")
    return "The file";
  if (keys.length === 1)
    return keys[0] === "exportedAt"
      ? "The file's export date"
      : "The file's conversations";
  const words = [`Conversation ${Number(keys[1]) + 1}`];
  for (let i = 2; i < keys.length; i++) {
    const key = keys[i];
    if (key === "messages" && typeof keys[i + 1] === "number")
      words.push(`message ${Number(keys[++i]) + 1}`);
    else if (key === "error" && i + 1 < keys.length)
      words.push(`error ${keys[++i]}`);
    else if (key in ENTRY_WORDS && typeof keys[i + 1] === "number")
      words.push(`${ENTRY_WORDS[key]} ${Number(keys[++i]) + 1}`);
    else words.push(LABELS[key] ?? String(key));
  }
  return words.join(", ");
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
      `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new ImportError(
      "",
      `the file is not valid JSON (${(err as Error).message})`,
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
      "The file's conversations",
      "two conversations share one id",
    );
  // Checks beyond the schema, one line each.
  conversations.forEach((c, i) =>
    checkTree(c.messages, `Conversation ${i + 1}`, c.activeId),
  );
  return { conversations, prompts: validatePrompts(result.output.prompts) };
}
