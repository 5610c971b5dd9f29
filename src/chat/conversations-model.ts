import { computed, signal, type Signal } from "@preact/signals";
import type {
  ConversationStore,
  SearchHit,
} from "../storage/conversation-store";
import type { SettingsStore } from "../storage/settings-store";
import { StorageError, type StorageFailure } from "../storage/storage-error";
import type { TabChange, TabSync } from "../storage/tab-sync";
import {
  byActivity,
  changeSettings,
  createConversation,
  metaOf,
  removeMessages,
  rename,
  shownTitle,
  withMessages,
} from "./conversation";
import { t } from "../i18n/locale";
import { activePath, deleteSubtree, newestLeaf, versionIndex } from "./tree";
import type {
  ChatMessage,
  Conversation,
  ConversationMeta,
  ConversationSettings,
} from "./types";

/** How soon messages that could not be saved are tried again. */
const SAVE_RETRY_MS = 3000;

export interface Undo {
  /** Read when shown, so it is in the language in use. */
  readonly text: string;
  run: () => void;
}

/**
 * The saved conversations: the sidebar list (metadata only, so start-up reads no
 * messages), the open conversation, and every write to the store. Writes run one at a
 * time in order; a write that fails is kept and retried with the next one, and the
 * failure is shown in plain words.
 */
export class ConversationsModel {
  readonly list = signal<ConversationMeta[]>([]);
  readonly active: Signal<Conversation>;
  readonly loaded = signal(false);
  readonly storageError = signal<StorageFailure | null>(null);
  readonly undo = signal<Undo | null>(null);
  /** Bumped when the composer should take focus (a new chat), so the UI can follow. */
  readonly composerFocus = signal(0);
  /** Replies this tab is writing now; any other "streaming" record is another tab's or dead. */
  readonly localReplies = new Set<string>();
  /** The messages on screen: the open chat's active path through its versions. */
  readonly path = computed(() =>
    activePath(this.active.value.messages, this.active.value.activeId),
  );
  /** Each message's "n of m" among its versions, computed once per change of the chat. */
  readonly versions = computed(() => versionIndex(this.active.value.messages));
  private queue: Promise<void> = Promise.resolve();
  private writes = 0;
  private unsaved = new Map<
    string,
    { meta: ConversationMeta; messages: Map<string, ChatMessage> }
  >();

  constructor(
    private readonly store: ConversationStore,
    private readonly settings: SettingsStore,
    private readonly sync: TabSync,
    private readonly now: () => number = Date.now,
  ) {
    this.active = signal(createConversation(now()));
    sync.listen((change) => void this.onRemoteChange(change));
  }

  /** Reads the sidebar list and reopens the conversation that was open last time. */
  async start(): Promise<void> {
    try {
      this.list.value = (await this.store.listMeta()).sort(byActivity);
      // After the first paint, in the background: chats read before their turn are shown
      // as the upgrade will store them (see src/storage/migrate.ts).
      void this.store.upgrade(this.list.value).catch((err: unknown) => {
        this.fail(err);
      });
      const last = await this.settings.get("activeConversationId");
      if (
        last &&
        this.active.value.messages.length === 0 &&
        this.list.value.some((c) => c.id === last)
      )
        await this.open(last);
    } catch (err) {
      this.fail(err);
    } finally {
      this.loaded.value = true;
    }
  }

  newChat(): void {
    this.composerFocus.value++;
    // An untouched new chat is reused rather than stacked up.
    if (this.active.value.messages.length === 0) return;
    this.active.value = createConversation(this.now());
  }

  /** Opens a chat; with a message, shows the version of the chat that holds it. */
  async open(id: string, messageId?: string): Promise<boolean> {
    const conversation =
      id === this.active.value.id ? this.active.value : await this.read(id);
    if (!conversation) return false;
    this.active.value = conversation;
    void this.settings.set("activeConversationId", id).catch(() => {});
    const shown = this.path.value.some((m) => m.id === messageId);
    if (
      messageId &&
      !shown &&
      conversation.messages.some((m) => m.id === messageId)
    )
      this.showVersion(newestLeaf(conversation.messages, messageId));
    return true;
  }

  /** Shows the path ending at the given message, here and in other tabs. */
  showVersion(activeId: string): void {
    const active = this.active.value;
    if (active.activeId === activeId) return;
    this.saveMetaOf({ ...active, activeId });
  }

  /**
   * Sets a conversation's new value and saves the messages that changed. The conversation
   * joins the sidebar with its first saved message.
   */
  commit(
    conversation: Conversation,
    changed: ChatMessage[],
    removed: string[] = [],
  ): void {
    if (this.active.value.id === conversation.id)
      this.active.value = conversation;
    this.touchList(metaOf(conversation));
    if (changed.length > 0) this.saveMessages(metaOf(conversation), changed);
    if (removed.length > 0)
      this.write(conversation.id, () =>
        this.store.deleteMessages(conversation.id, removed),
      );
  }

  /** Saves one message of any conversation, open or not (a reply still streaming). */
  putMessage(conversationId: string, message: ChatMessage): void {
    const active = this.active.value;
    const meta =
      active.id === conversationId
        ? metaOf(active)
        : this.list.value.find((c) => c.id === conversationId);
    if (!meta) return;
    const next = { ...meta, updatedAt: Math.max(meta.updatedAt, this.now()) };
    if (active.id === conversationId)
      this.active.value = {
        ...withMessages(active, [message]),
        updatedAt: next.updatedAt,
      };
    this.touchList(next);
    this.saveMessages(next, [message]);
  }

  /** Saves a reply still being written, without touching what is on screen. */
  saveStreaming(conversationId: string, message: ChatMessage): void {
    const active = this.active.value;
    const meta =
      active.id === conversationId
        ? metaOf(active)
        : this.list.value.find((c) => c.id === conversationId);
    if (meta) this.saveMessages(meta, [message]);
  }

  renameActive(title: string): void {
    const next = rename(this.active.value, title, this.now());
    if (next === this.active.value) return;
    this.saveMetaOf(next);
  }

  changeActiveSettings(change: Partial<ConversationSettings>): void {
    this.saveMetaOf(changeSettings(this.active.value, change));
  }

  /** Deletes a conversation at once, offering to bring it back. */
  async remove(id: string): Promise<void> {
    const conversation = await this.read(id);
    if (!conversation) return;
    this.list.value = this.list.value.filter((c) => c.id !== id);
    if (this.active.value.id === id) {
      this.active.value = createConversation(this.now());
    }
    this.write(id, () => this.store.deleteConversation(id), {
      type: "deleted",
      conversationId: id,
    });
    this.undo.value = {
      get text() {
        return t("chat.undo.deletedChat", {
          title: shownTitle(conversation.title),
        });
      },
      run: () => this.restore(conversation),
    };
  }

  /** Deletes a message and every message after it in its branch, offering Undo. */
  deleteMessage(id: string): void {
    const active = this.active.value;
    if (!active.messages.some((m) => m.id === id)) return;
    const cut = deleteSubtree(active.messages, id, active.activeId);
    const ids = cut.removed.map((m) => m.id);
    this.commit(
      { ...removeMessages(active, ids), activeId: cut.activeId },
      [],
      ids,
    );
    if (active.activeId !== cut.activeId)
      this.saveMetaOf({ ...this.active.value, activeId: cut.activeId });
    const conversationId = active.id;
    const restoreActive = active.activeId;
    this.undo.value = {
      get text() {
        return t("chat.undo.deletedMessages", { count: ids.length });
      },
      run: () => {
        if (this.active.value.id === conversationId)
          this.commit(
            {
              ...withMessages(this.active.value, cut.removed),
              activeId: restoreActive,
            },
            cut.removed,
          );
        else for (const m of cut.removed) this.putMessage(conversationId, m);
      },
    };
  }

  /** Writes whole conversations (import); resolves once they are saved or rejects. */
  async addConversations(conversations: Conversation[]): Promise<void> {
    await this.queue;
    await this.store.putConversations(conversations);
    this.list.value = (await this.store.listMeta()).sort(byActivity);
    this.sync.notify({ type: "list" });
  }

  /** One conversation with its messages, after this tab's pending writes. */
  get(id: string): Promise<Conversation | undefined> {
    return this.read(id);
  }

  search(query: string): Promise<SearchHit[]> {
    return this.store.search(query).catch((err: unknown) => {
      this.fail(err);
      return [];
    });
  }

  exportAll(): Promise<Conversation[]> {
    return this.queue.then(() => this.store.loadAll());
  }

  /** Resolves when every write so far has been tried. */
  flushed(): Promise<void> {
    return this.queue;
  }

  private restore(conversation: Conversation): void {
    this.write(
      conversation.id,
      () => this.store.putConversations([conversation]),
      { type: "conversation", conversationId: conversation.id },
    );
    this.touchList(metaOf(conversation));
    this.active.value = conversation;
    this.undo.value = null;
  }

  private saveMetaOf(conversation: Conversation): void {
    if (this.active.value.id === conversation.id)
      this.active.value = conversation;
    // An unsent new chat has nothing saved yet; its title and settings go with its first message.
    if (conversation.messages.length === 0) return;
    this.touchList(metaOf(conversation));
    this.write(conversation.id, () =>
      this.store.saveMeta(metaOf(conversation)),
    );
  }

  private saveMessages(meta: ConversationMeta, messages: ChatMessage[]): void {
    const entry = this.unsaved.get(meta.id) ?? { meta, messages: new Map() };
    entry.meta = meta;
    for (const m of messages) entry.messages.set(m.id, m);
    this.unsaved.set(meta.id, entry);
    this.write(meta.id, async () => {
      const pending = this.unsaved.get(meta.id);
      if (!pending) return;
      this.unsaved.delete(meta.id);
      try {
        await this.store.saveMessages(pending.meta, [
          ...pending.messages.values(),
        ]);
      } catch (err) {
        // Keep what failed for the next attempt, unless newer versions arrived meanwhile.
        const later = this.unsaved.get(meta.id);
        for (const [id, m] of later?.messages ?? [])
          pending.messages.set(id, m);
        this.unsaved.set(meta.id, {
          ...pending,
          meta: later?.meta ?? pending.meta,
        });
        throw err;
      }
    });
    void this.settings.set("activeConversationId", meta.id).catch(() => {});
  }

  private write(
    conversationId: string,
    task: () => Promise<void>,
    change: TabChange = { type: "conversation", conversationId },
  ): void {
    this.writes++;
    this.queue = this.queue.then(async () => {
      try {
        await task();
        // A small write (a title, a setting) can succeed on a disk too full for messages:
        // the warning stays while any message is still unsaved.
        if (this.unsaved.size === 0) this.storageError.value = null;
        this.sync.notify(change);
      } catch (err) {
        this.fail(err);
      }
    });
  }

  private fail(err: unknown): void {
    this.storageError.value = StorageError.from(err).code;
    // A disk that was full frees up without telling anyone: try the unsaved messages again
    // until they are kept, not only with the next change (issue 21).
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = undefined;
      for (const { meta } of [...this.unsaved.values()])
        this.saveMessages(meta, []);
    }, SAVE_RETRY_MS);
  }
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  private touchList(meta: ConversationMeta): void {
    const others = this.list.value.filter((c) => c.id !== meta.id);
    this.list.value = [meta, ...others].sort(byActivity);
  }

  /** Loads a conversation after this tab's writes, marking replies whose writer is gone. */
  private async read(id: string): Promise<Conversation | undefined> {
    if (id === this.active.value.id) return this.active.value;
    for (;;) {
      const writes = this.writes;
      await this.queue;
      const conversation = await this.store.load(id);
      // A write queued while reading may be newer than what was read: read again.
      if (writes !== this.writes) continue;
      return conversation && (await this.markInterrupted(conversation));
    }
  }

  private async markInterrupted(
    conversation: Conversation,
  ): Promise<Conversation> {
    const dead: ChatMessage[] = [];
    for (const m of conversation.messages) {
      if (m.status !== "streaming" || this.localReplies.has(m.id)) continue;
      if (!(await this.sync.isReplyLive(m.id)))
        dead.push({ ...m, status: "interrupted" });
    }
    if (dead.length === 0) return conversation;
    this.saveMessages(metaOf(conversation), dead);
    return withMessages(conversation, dead);
  }

  private async onRemoteChange(change: TabChange): Promise<void> {
    try {
      this.list.value = (await this.store.listMeta()).sort(byActivity);
      const active = this.active.value;
      if (change.type === "list" || change.conversationId !== active.id) return;
      if (change.type === "deleted") {
        if (active.messages.length > 0)
          this.active.value = createConversation(this.now());
        return;
      }
      const fresh = await this.reread(active.id);
      if (fresh && this.active.value.id === fresh.id) this.active.value = fresh;
    } catch (err) {
      this.fail(err);
    }
  }

  private async reread(id: string): Promise<Conversation | undefined> {
    for (;;) {
      const writes = this.writes;
      await this.queue;
      const conversation = await this.store.load(id);
      if (writes !== this.writes) continue;
      // Messages that could not be saved are still this tab's to show.
      const unsaved = this.unsaved.get(id)?.messages.values();
      return conversation && unsaved
        ? withMessages(conversation, [...unsaved])
        : conversation;
    }
  }
}
