import { del, entries, get, set, type UseStore } from "idb-keyval";
import type { Attachment } from "../attachments/types";
import { createStore } from "./idb-store";
import { StorageError } from "./storage-error";

/**
 * Attachments (their text and passages, never the file's bytes), one record per
 * conversation holding all of its attachments. A database of its own, so conversations'
 * records and their migrations stay untouched; "Delete all data" deletes every database.
 */
export interface AttachmentStore {
  list(conversationId: string): Promise<Attachment[]>;
  /** Every conversation's attachments (export, search). */
  all(): Promise<Attachment[]>;
  put(conversationId: string, attachments: Attachment[]): Promise<void>;
  delete(conversationId: string): Promise<void>;
}

export function createAttachmentStore(
  db: UseStore = createStore("hearth-attachments", "attachments"),
): AttachmentStore {
  const guard = <T>(p: Promise<T>) =>
    p.catch((e: unknown) => {
      throw StorageError.from(e);
    });
  return {
    list: (id) => guard(get<Attachment[]>(id, db).then((a) => a ?? [])),
    all: () =>
      guard(
        entries<string, Attachment[]>(db).then((e) => e.flatMap(([, a]) => a)),
      ),
    put: (id, attachments) =>
      guard(attachments.length ? set(id, attachments, db) : del(id, db)),
    delete: (id) => guard(del(id, db)),
  };
}
