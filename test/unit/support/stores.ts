import "fake-indexeddb/auto";
import { createStore } from "../../../src/storage/idb-store";
import { ConversationsModel } from "../../../src/chat/conversations-model";
import {
  createConversationStore,
  type ConversationStore,
} from "../../../src/storage/conversation-store";
import {
  createSettingsStore,
  type SettingsStore,
} from "../../../src/storage/settings-store";
import type { TabChange, TabSync } from "../../../src/storage/tab-sync";

let n = 0;

/** A fresh database on fake-indexeddb: each call gets its own, as a new browser profile would. */
export function freshDatabase(): {
  store: ConversationStore;
  settings: SettingsStore;
  name: string;
} {
  const name = `test-${++n}-${Math.random().toString(36).slice(2)}`;
  return {
    name,
    store: createConversationStore(
      createStore(`${name}-conversations`, "records"),
    ),
    settings: createSettingsStore(createStore(`${name}-settings`, "settings")),
  };
}

/**
 * Tabs of one browser in one process: a shared bus stands in for BroadcastChannel (which
 * does not deliver to its sender) and a shared set for Web Locks. `close()` is a tab dying.
 */
export class Browser {
  private readonly tabs = new Set<(c: TabChange) => void>();
  readonly locks = new Set<string>();

  tab(): TabSync & { close(): void } {
    const listeners = new Set<(c: TabChange) => void>();
    const mine = new Set<string>();
    const deliver = (c: TabChange) =>
      listeners.forEach((l) => l(structuredClone(c)));
    this.tabs.add(deliver);
    return {
      notify: (change) => {
        for (const t of this.tabs)
          if (t !== deliver) queueMicrotask(() => t(change));
      },
      listen: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      holdReply: (id) => {
        this.locks.add(id);
        mine.add(id);
        return () => {
          this.locks.delete(id);
          mine.delete(id);
        };
      },
      isReplyLive: async (id) => this.locks.has(id),
      close: () => {
        this.tabs.delete(deliver);
        for (const id of mine) this.locks.delete(id);
      },
    };
  }
}

export function conversationsModel(
  db = freshDatabase(),
  sync: TabSync = new Browser().tab(),
  now?: () => number,
): ConversationsModel {
  return new ConversationsModel(db.store, db.settings, sync, now);
}
