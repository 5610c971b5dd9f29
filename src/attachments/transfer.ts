import type { Conversation } from "../chat/types";
import type { SearchHit } from "../storage/conversation-store";
import { snippetAround } from "../storage/conversation-store";
import {
  createAttachmentStore,
  type AttachmentStore,
} from "../storage/attachment-store";
import type { ConversationMeta } from "../chat/types";
import { t } from "../i18n/locale";
import { wholeTokens } from "./tokens";

/**
 * Attachments in export files, imports and the sidebar search. They live in their own
 * store (storage/attachment-store.ts); these helpers join them to conversations where a
 * conversation leaves or enters the app as a whole.
 */

/** Each conversation with its attachments, for a JSON export. */
export async function withAttachments(
  conversations: Conversation[],
  store: AttachmentStore = createAttachmentStore(),
): Promise<Conversation[]> {
  return Promise.all(
    conversations.map(async (c) => {
      const attachments = await store.list(c.id).catch(() => []);
      return attachments.length ? { ...c, attachments } : c;
    }),
  );
}

/** Stores imported conversations' attachments under the ids they were imported with. */
export async function saveImportedAttachments(
  conversations: Conversation[],
  store: AttachmentStore = createAttachmentStore(),
): Promise<void> {
  for (const c of conversations) {
    if (!c.attachments?.length) continue;
    await store.put(
      c.id,
      // Token counts are counted here, never taken from the file.
      c.attachments.map((a) => ({
        ...a,
        conversationId: c.id,
        tokens: wholeTokens(a),
      })),
    );
  }
}

/**
 * Conversation search plus attachments' names and text: a chat whose messages do not
 * match is found by what its files say.
 */
export async function searchWithAttachments(
  query: string,
  conversationHits: SearchHit[],
  list: readonly ConversationMeta[],
  store: AttachmentStore = createAttachmentStore(),
): Promise<SearchHit[]> {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return conversationHits;
  const found = new Set(conversationHits.map((h) => h.conversationId));
  const extra: SearchHit[] = [];
  const all = await store.all().catch(() => []);
  for (const meta of list) {
    if (found.has(meta.id)) continue;
    for (const a of all) {
      if (a.conversationId !== meta.id) continue;
      const at = a.text.toLocaleLowerCase().indexOf(needle);
      const inName = a.name.toLocaleLowerCase().includes(needle);
      if (at < 0 && !inName) continue;
      extra.push({
        conversationId: meta.id,
        title: meta.title,
        snippet: t("files.search.snippet", {
          name: a.name,
          snippet: at >= 0 ? snippetAround(a.text, at, needle.length) : a.name,
        }),
      });
      found.add(meta.id);
      break;
    }
  }
  return [...conversationHits, ...extra];
}
