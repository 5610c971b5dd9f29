import { promisifyRequest, type UseStore } from "idb-keyval";
import { createStore } from "./idb-store";
import {
  byActivity,
  byTime,
  metaOf,
  STORAGE_VERSION,
  UNTITLED,
} from "../chat/conversation";
import { linkLegacy } from "../chat/tree";
import type {
  ChatMessage,
  Conversation,
  ConversationMeta,
} from "../chat/types";
import { migrateChats } from "./migrate";
import {
  allMessages,
  allMeta,
  messageKey,
  messagesOf,
  metaKey,
  toMessage,
  type MessageRecord,
} from "./records";
import { StorageError } from "./storage-error";

export interface SearchHit {
  conversationId: string;
  title: string;
  /** A short piece of the matching text, or the title when only the title matched. */
  snippet: string;
  /** The message whose text matched (any version), so opening the hit can show it. */
  messageId?: string;
}

/**
 * Saved conversations. Each message is its own record, so two tabs writing to the same
 * conversation never overwrite each other's messages; see docs/ARCHITECTURE.md.
 */
export interface ConversationStore {
  listMeta(): Promise<ConversationMeta[]>;
  load(id: string): Promise<Conversation | undefined>;
  loadAll(): Promise<Conversation[]>;
  /** Saves messages and the conversation's activity time in one transaction. */
  saveMessages(meta: ConversationMeta, messages: ChatMessage[]): Promise<void>;
  /** Replaces the title and settings (rename, settings panel). */
  saveMeta(meta: ConversationMeta): Promise<void>;
  deleteMessages(conversationId: string, ids: string[]): Promise<void>;
  deleteConversation(id: string): Promise<void>;
  /** Writes whole conversations in one transaction: all of them or none (import, undo). */
  putConversations(conversations: Conversation[]): Promise<void>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Brings chats saved in an older format up to date, each in its own transaction. */
  upgrade(metas: readonly ConversationMeta[]): Promise<number>;
}

export function createConversationStore(
  db = createStore("hearth-conversations", "records"),
): ConversationStore {
  return new IdbConversationStore(db);
}

class IdbConversationStore implements ConversationStore {
  constructor(private readonly db: UseStore) {}

  private run<T>(
    mode: IDBTransactionMode,
    body: (s: IDBObjectStore) => T | PromiseLike<T>,
  ): Promise<T> {
    const guarded = (s: IDBObjectStore) => {
      try {
        return body(s);
      } catch (err) {
        // A put that throws (a value that cannot be stored) must undo the puts before it.
        if (mode === "readwrite") s.transaction.abort();
        throw err;
      }
    };
    return this.db(mode, guarded).catch((err: unknown) => {
      throw StorageError.from(err);
    });
  }

  listMeta(): Promise<ConversationMeta[]> {
    return this.run("readonly", (s) =>
      promisifyRequest(s.getAll(allMeta()) as IDBRequest<ConversationMeta[]>),
    );
  }

  load(id: string): Promise<Conversation | undefined> {
    return this.run("readonly", async (s) => {
      const [meta, records] = await Promise.all([
        promisifyRequest(s.get(metaKey(id)) as IDBRequest<ConversationMeta>),
        promisifyRequest(
          s.getAll(messagesOf(id)) as IDBRequest<MessageRecord[]>,
        ),
      ]);
      if (!meta) return undefined;
      // A chat the upgrade has not reached yet is shown as it will be stored.
      const messages = linkLegacy(records.map(toMessage)).sort(byTime);
      return { ...withoutVersion(meta), messages };
    });
  }

  loadAll(): Promise<Conversation[]> {
    return this.run("readonly", async (s) => {
      const [metas, records] = await Promise.all([
        promisifyRequest(s.getAll(allMeta()) as IDBRequest<ConversationMeta[]>),
        promisifyRequest(
          s.getAll(allMessages()) as IDBRequest<MessageRecord[]>,
        ),
      ]);
      const byConversation = new Map<string, ChatMessage[]>();
      for (const r of records) {
        const list = byConversation.get(r.conversationId) ?? [];
        list.push(toMessage(r));
        byConversation.set(r.conversationId, list);
      }
      return metas.map((meta) => ({
        ...withoutVersion(meta),
        messages: linkLegacy(byConversation.get(meta.id) ?? []).sort(byTime),
      }));
    });
  }

  saveMessages(meta: ConversationMeta, messages: ChatMessage[]): Promise<void> {
    return this.run("readwrite", (s) => {
      const req = s.get(metaKey(meta.id)) as IDBRequest<
        ConversationMeta | undefined
      >;
      req.onsuccess = () => {
        // Another tab may have renamed the chat or changed its settings: keep those, and
        // move only the activity time (and a title still waiting for a first message).
        const old = req.result;
        const next: ConversationMeta = old
          ? {
              ...old,
              title: old.title === UNTITLED ? meta.title : old.title,
              updatedAt: Math.max(old.updatedAt, meta.updatedAt),
              // The writer shows what it just wrote (a new version) on every tab.
              activeId: meta.activeId ?? old.activeId,
            }
          : // A new chat: every message this release writes has a parent.
            { ...metaOf(meta), version: STORAGE_VERSION };
        s.put(next, metaKey(meta.id));
        for (const m of messages)
          s.put({ ...m, conversationId: meta.id }, messageKey(meta.id, m.id));
      };
      return promisifyRequest(s.transaction);
    });
  }

  saveMeta(meta: ConversationMeta): Promise<void> {
    return this.run("readwrite", (s) => {
      const req = s.get(metaKey(meta.id)) as IDBRequest<
        ConversationMeta | undefined
      >;
      // The stored format is the upgrade's to set: a tab that read the chat before the
      // upgrade reached it must not mark it as not upgraded again.
      req.onsuccess = () =>
        s.put(
          { ...metaOf(meta), version: req.result?.version ?? meta.version },
          metaKey(meta.id),
        );
      return promisifyRequest(s.transaction);
    });
  }

  deleteMessages(conversationId: string, ids: string[]): Promise<void> {
    return this.run("readwrite", (s) => {
      for (const id of ids) s.delete(messageKey(conversationId, id));
      return promisifyRequest(s.transaction);
    });
  }

  deleteConversation(id: string): Promise<void> {
    return this.run("readwrite", (s) => {
      s.delete(metaKey(id));
      s.delete(messagesOf(id));
      return promisifyRequest(s.transaction);
    });
  }

  putConversations(conversations: Conversation[]): Promise<void> {
    return this.run("readwrite", (s) => {
      for (const c of conversations) {
        // Every message written here has a parent, so the chat is in today's format.
        s.put({ ...metaOf(c), version: STORAGE_VERSION }, metaKey(c.id));
        for (const m of linkLegacy(c.messages))
          s.put({ ...m, conversationId: c.id }, messageKey(c.id, m.id));
      }
      return promisifyRequest(s.transaction);
    });
  }

  search(query: string, limit = 50): Promise<SearchHit[]> {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return Promise.resolve([]);
    return this.run("readonly", async (s) => {
      const found = new Map<string, { snippet: string; messageId: string }>();
      // A cursor reads one message at a time instead of every message at once.
      const scan = new Promise<void>((resolve, reject) => {
        const req = s.openCursor(allMessages());
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return resolve();
          const r = cursor.value as MessageRecord;
          if (!found.has(r.conversationId)) {
            const at = r.content.toLocaleLowerCase().indexOf(needle);
            if (at >= 0)
              found.set(r.conversationId, {
                snippet: snippetAround(r.content, at, needle.length),
                messageId: r.id,
              });
          }
          cursor.continue();
        };
      });
      const [metas] = await Promise.all([
        promisifyRequest(s.getAll(allMeta()) as IDBRequest<ConversationMeta[]>),
        scan,
      ]);
      const hits: SearchHit[] = [];
      for (const meta of metas.sort(byActivity)) {
        const inTitle = meta.title.toLocaleLowerCase().includes(needle);
        const inText = found.get(meta.id);
        if (inText)
          hits.push({ conversationId: meta.id, title: meta.title, ...inText });
        else if (inTitle)
          hits.push({
            conversationId: meta.id,
            title: meta.title,
            snippet: meta.title,
          });
      }
      return hits.slice(0, limit);
    });
  }

  upgrade(metas: readonly ConversationMeta[]): Promise<number> {
    return migrateChats(metas, (id, body) =>
      this.run("readwrite", (s) => body(s, id)),
    );
  }
}

/** The stored format is the store's business: a loaded chat is what was saved. */
function withoutVersion(meta: ConversationMeta): ConversationMeta {
  const rest = { ...meta };
  delete rest.version;
  return rest;
}

export function snippetAround(
  text: string,
  at: number,
  length: number,
): string {
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + length + 50);
  const piece = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${piece}${end < text.length ? "…" : ""}`;
}
