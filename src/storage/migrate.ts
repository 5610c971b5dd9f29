import { promisifyRequest } from "idb-keyval";
import { STORAGE_VERSION } from "../chat/conversation";
import { linkLegacy } from "../chat/tree";
import type { ConversationMeta } from "../chat/types";
import {
  messageKey,
  messagesOf,
  metaKey,
  toMessage,
  type MessageRecord,
} from "./records";

/**
 * The upgrade of chats saved before conversations were trees (stored format 1, no
 * `version` on the chat record) to format 2: each message gets a `parentId` (the message
 * before it in time, as the linear chat showed them) and the chat record gets `version: 2`.
 *
 * Why an interrupted upgrade loses nothing and resumes:
 * - Each chat is upgraded in ONE IndexedDB transaction that reads the chat and writes its
 *   messages and then its record. IndexedDB commits a transaction whole or not at all, so a
 *   tab closed mid-upgrade leaves every chat either fully upgraded or untouched.
 * - Nothing is deleted or moved: records keep their keys, fields and content, and only
 *   gain `parentId` (and `version`). Unknown fields are spread through unchanged.
 * - Which chats remain is read from the data itself (a record without `version: 2`), so the
 *   next start simply upgrades the rest. Upgrading an upgraded chat would change nothing:
 *   `linkLegacy` leaves messages that have a parent alone.
 * - Until its turn comes, a chat is read through the same `linkLegacy`, so the app shows
 *   and writes it exactly as the upgrade will store it.
 */
export async function migrateChats(
  metas: readonly ConversationMeta[],
  transact: (
    id: string,
    body: (s: IDBObjectStore, id: string) => Promise<void>,
  ) => Promise<void>,
): Promise<number> {
  let upgraded = 0;
  for (const meta of metas) {
    if ((meta.version ?? 1) >= STORAGE_VERSION) continue;
    await transact(meta.id, migrateOne);
    upgraded++;
  }
  return upgraded;
}

function migrateOne(s: IDBObjectStore, id: string): Promise<void> {
  const metaReq = s.get(metaKey(id)) as IDBRequest<
    ConversationMeta | undefined
  >;
  const msgReq = s.getAll(messagesOf(id)) as IDBRequest<MessageRecord[]>;
  // Both reads finish before the last success event; write from inside it, so the
  // transaction stays open (no await between the reads and the writes).
  msgReq.onsuccess = () => {
    const meta = metaReq.result;
    if (!meta || (meta.version ?? 1) >= STORAGE_VERSION) return;
    const records = msgReq.result;
    const linked = linkLegacy(records.map(toMessage));
    linked.forEach((m, i) => {
      const record = records[i];
      if (record.parentId === undefined)
        s.put({ ...record, parentId: m.parentId }, messageKey(id, m.id));
    });
    s.put({ ...meta, version: STORAGE_VERSION }, metaKey(id));
  };
  return promisifyRequest(s.transaction);
}
