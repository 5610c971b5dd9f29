import type { ChatMessage, Conversation } from "../chat/types";
import { activePath } from "../chat/tree";
import { t } from "../i18n/locale";
import type { SavedPrompt } from "../prompts/prompt";
import { EXPORT_FORMAT, EXPORT_VERSION } from "./limits";

/** A reply still being written is saved in the file as interrupted: a file cannot stream. */
const settled = (m: ChatMessage): ChatMessage =>
  m.status === "streaming" ? { ...m, status: "interrupted" } : m;

export function toExportJson(
  conversations: Conversation[],
  now = new Date(),
  /** The user's saved prompts; an export of some chats leaves them out. */
  prompts: readonly SavedPrompt[] = [],
): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      conversations: conversations.map((c) => ({
        id: c.id,
        title: c.title,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        settings: c.settings,
        // Every version is kept; `activeId` says which one was on screen.
        ...(c.activeId ? { activeId: c.activeId } : {}),
        messages: c.messages.map(settled),
        ...(c.attachments?.length ? { attachments: c.attachments } : {}),
      })),
      ...(prompts.length > 0 ? { prompts } : {}),
    },
    null,
    2,
  );
}

type StatusNote =
  | "files.markdown.stopped"
  | "files.markdown.failed"
  | "files.markdown.interrupted";

const STATUS_NOTE: Partial<Record<ChatMessage["status"], StatusNote>> = {
  stopped: "files.markdown.stopped",
  failed: "files.markdown.failed",
  interrupted: "files.markdown.interrupted",
  streaming: "files.markdown.interrupted",
};

/** "## You", "## Assistant (stopped)": a message's heading, in the page's language. */
function heading(m: ChatMessage): string {
  const role =
    m.role === "user" ? t("files.markdown.you") : t("files.markdown.assistant");
  const note = STATUS_NOTE[m.status];
  return note
    ? t("files.markdown.roleWithNote", { role, note: t(note) })
    : role;
}

/** The chats as a document to read, its headings in the page's language at export time. */
export function toMarkdown(conversations: Conversation[]): string {
  return conversations
    .map((c) => {
      const lines = [
        `# ${c.title}`,
        "",
        `_${new Date(c.createdAt).toISOString()}_`,
        "",
      ];
      if (c.settings.systemPrompt)
        lines.push(
          `**${t("files.markdown.systemPrompt")}**`,
          "",
          c.settings.systemPrompt,
          "",
        );
      // Markdown is for reading: the conversation as it was on screen.
      for (const m of activePath(c.messages, c.activeId))
        lines.push(`## ${heading(m)}`, "", m.content, "");
      return lines.join("\n");
    })
    .join("\n---\n\n");
}

export function fileName(
  conversations: Conversation[],
  extension: "json" | "md",
): string {
  const base =
    conversations.length === 1
      ? conversations[0].title
          .replace(/[^\p{L}\p{N}]+/gu, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 60) || "chat"
      : "hearth-chats";
  return `${base}.${extension}`;
}

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
