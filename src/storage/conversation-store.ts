import { promisifyRequest, type UseStore } from "idb-keyval";
import { createStore } from "./idb-store";
import { byActivity, byTime, metaOf, UNTITLED } from "../chat/conversation";
import type {
  ChatMessage,
  Conversation,
  ConversationMeta,
} from "../chat/types";
import { StorageError } from "./storage-error";

export interface SearchHit {
  conversationId: string;
  title: string;
  /** A short piece of the matching text, or the title when only the title matched. */
  snippet: string;
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
}

type MetaKey = ["c", string];
type MessageKey = ["m", string, string];
type MessageRecord = ChatMessage & { conversationId: string };

const metaKey = (id: string): MetaKey => ["c", id];
const messageKey = (conversationId: string, id: string): MessageKey => [
  "m",
  conversationId,
  id,
];
// Array keys sort element by element, and an array sorts after any string: [p, []] bounds
// every key that starts with p.
// Built on use, not at import, so the module loads before a test installs fake-indexeddb.
const allMeta = () => IDBKeyRange.bound(["c"], ["c", []]);
const allMessages = () => IDBKeyRange.bound(["m"], ["m", []]);
const messagesOf = (id: string) => IDBKeyRange.bound(["m", id], ["m", id, []]);

const toMessage = ({ conversationId: _, ...m }: MessageRecord): ChatMessage =>
  m;

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
      return { ...meta, messages: records.map(toMessage).sort(byTime) };
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
        ...meta,
        messages: (byConversation.get(meta.id) ?? []).sort(byTime),
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
            }
          : metaOf(meta);
        s.put(next, metaKey(meta.id));
        for (const m of messages)
          s.put({ ...m, conversationId: meta.id }, messageKey(meta.id, m.id));
      };
      return promisifyRequest(s.transaction);
    });
  }

  saveMeta(meta: ConversationMeta): Promise<void> {
    return this.run("readwrite", (s) => {
      s.put(metaOf(meta), metaKey(meta.id));
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
        s.put(metaOf(c), metaKey(c.id));
        for (const m of c.messages)
          s.put({ ...m, conversationId: c.id }, messageKey(c.id, m.id));
      }
      return promisifyRequest(s.transaction);
    });
  }

  search(query: string, limit = 50): Promise<SearchHit[]> {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return Promise.resolve([]);
    return this.run("readonly", async (s) => {
      const found = new Map<string, string>();
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
              found.set(
                r.conversationId,
                snippetAround(r.content, at, needle.length),
              );
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
        const snippet = found.get(meta.id) ?? (inTitle ? meta.title : null);
        if (snippet !== null)
          hits.push({ conversationId: meta.id, title: meta.title, snippet });
      }
      return hits.slice(0, limit);
    });
  }
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
