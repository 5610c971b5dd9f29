import { effect, signal } from "@preact/signals";
import { t } from "../i18n/locale";
import {
  estimateTokens,
  planContext,
  type DocumentsBlock,
} from "../chat/context";
import type { ConversationsModel } from "../chat/conversations-model";
import type { ChatMessage, ConversationSettings } from "../chat/types";
import type { PromptMessage } from "../engine/protocol";
import type { AttachmentStore } from "../storage/attachment-store";
import {
  passageContext,
  planDocuments,
  wholeBlockTokens,
  wholeContext,
  type DocumentRoom,
} from "./budget";
import { precheck } from "./precheck";
import type { AttachmentsWorkerClient } from "./worker-client";
import { AttachError, type Attachment, type SourceUse } from "./types";

const PER_MESSAGE_TOKENS = 4;

/**
 * Attachments for the UI and for each turn: the chips waiting in the composer (per
 * conversation, in memory until sent, like the draft), the stored attachments of the open
 * conversation, the message for a refused file, and the documents block of a question.
 */
export class AttachmentsModel {
  /** Not yet sent, by conversation id. */
  readonly pending = signal<ReadonlyMap<string, Attachment[]>>(new Map());
  /** Stored with the conversation, by conversation id (loaded when it is opened). */
  readonly stored = signal<ReadonlyMap<string, Attachment[]>>(new Map());
  /** Names of files being read now. */
  readonly reading = signal<string[]>([]);
  /** The last refused file, in plain words. */
  readonly notice = signal<string | null>(null);
  /** Deleted chats' attachments, kept for Undo. */
  private readonly removed = new Map<string, Attachment[]>();
  /** Reads of chats' stored attachments, so a write waits for the read it extends. */
  private readonly loads = new Map<string, Promise<void>>();

  constructor(
    private readonly store: AttachmentStore,
    private readonly conversations: ConversationsModel,
    private readonly client: () => Promise<AttachmentsWorkerClient>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Loads the open chat's attachments; a chat that leaves the list takes its own along. */
  start(): () => void {
    let known = new Set<string>();
    const stopList = effect(() => {
      const ids = new Set(this.conversations.list.value.map((c) => c.id));
      for (const id of known) if (!ids.has(id)) void this.forget(id);
      for (const id of ids)
        if (!known.has(id) && this.removed.has(id)) void this.restore(id);
      known = ids;
    });
    const stopActive = effect(() => {
      const id = this.conversations.active.value.id;
      if (!this.stored.peek().has(id)) void this.load(id);
    });
    return () => {
      stopList();
      stopActive();
    };
  }

  /**
   * Reads a chat's stored attachments. What the page added meanwhile (a file sent before
   * the read finished) is kept beside them, never overwritten by the older read.
   */
  private load(id: string): Promise<void> {
    const loading = (async () => {
      const list = await this.store.list(id).catch(() => []);
      const known = new Set(list.map((a) => a.id));
      const added = (this.stored.peek().get(id) ?? []).filter(
        (a) => !known.has(a.id),
      );
      this.stored.value = new Map(this.stored.value).set(id, [
        ...list,
        ...added,
      ]);
    })();
    this.loads.set(id, loading);
    return loading;
  }

  private async forget(id: string): Promise<void> {
    await this.loads.get(id);
    const list =
      this.stored.peek().get(id) ?? (await this.store.list(id).catch(() => []));
    if (list.length === 0) return;
    this.removed.set(id, list);
    await this.store.delete(id).catch(() => {});
  }

  private async restore(id: string): Promise<void> {
    const list = this.removed.get(id) ?? [];
    this.removed.delete(id);
    await this.store.put(id, list).catch(() => {});
    this.stored.value = new Map(this.stored.value).set(id, list);
  }

  pendingFor(conversationId: string): Attachment[] {
    return this.pending.value.get(conversationId) ?? [];
  }

  storedFor(conversationId: string): Attachment[] {
    return this.stored.value.get(conversationId) ?? [];
  }

  /** Reads files into chips for the open chat; a refused file changes nothing. */
  async add(files: readonly File[]): Promise<void> {
    const conversationId = this.conversations.active.value.id;
    for (const file of files) {
      try {
        precheck(file);
      } catch (e) {
        this.notice.value = (e as AttachError).message;
        continue;
      }
      this.reading.value = [...this.reading.value, file.name];
      try {
        const doc = await (
          await this.client()
        ).ingest(file, crypto.randomUUID());
        const attachment: Attachment = {
          ...doc,
          conversationId,
          addedAt: this.now(),
        };
        const next = new Map(this.pending.value);
        next.set(conversationId, [
          ...(next.get(conversationId) ?? []),
          attachment,
        ]);
        this.pending.value = next;
        this.notice.value = null;
      } catch (e) {
        this.notice.value =
          e instanceof AttachError
            ? e.message
            : t("files.attach.couldNotRead", { name: file.name });
      } finally {
        const i = this.reading.value.indexOf(file.name);
        this.reading.value = this.reading.value.filter((_, j) => j !== i);
      }
    }
  }

  removePending(conversationId: string, id: string): void {
    const next = new Map(this.pending.value);
    next.set(
      conversationId,
      this.pendingFor(conversationId).filter((a) => a.id !== id),
    );
    this.pending.value = next;
  }

  /** Moves the chat's chips into its stored attachments; returns their ids for the message. */
  takePending(conversationId: string): string[] {
    const taken = this.pendingFor(conversationId);
    if (taken.length === 0) return [];
    const next = new Map(this.pending.value);
    next.delete(conversationId);
    this.pending.value = next;
    const all = [...this.storedFor(conversationId), ...taken];
    this.stored.value = new Map(this.stored.value).set(conversationId, all);
    // After the chat's stored attachments are read: writing before would drop them.
    void (this.loads.get(conversationId) ?? Promise.resolve())
      .then(() =>
        this.store.put(
          conversationId,
          this.stored.peek().get(conversationId) ?? all,
        ),
      )
      .catch(() => {
        this.notice.value = t("files.attach.notSaved");
      });
    return taken.map((a) => a.id);
  }

  /**
   * What the context meter counts for the chat as it stands (its chips included): tokens
   * only. It runs on every change of the conversation, so it never reads documents' text.
   */
  meterBlock(
    conversationId: string,
    messages: readonly ChatMessage[],
    settings: ConversationSettings,
    contextWindow: number,
  ): DocumentsBlock | undefined {
    const all = [
      ...this.storedFor(conversationId),
      ...this.pendingFor(conversationId),
    ];
    const plan = planDocuments(
      all,
      roomFor(messages, settings, contextWindow, []),
    );
    if (plan.mode === "none") return undefined;
    return {
      text: "",
      tokens: plan.mode === "whole" ? wholeBlockTokens(all) : plan.tokens,
    };
  }

  /**
   * The documents block for a turn: whole documents, or the best passages that fit; null
   * at once when the chat has no attachments, so such a turn starts without waiting.
   */
  prepare(
    conversationId: string,
    messages: readonly ChatMessage[],
    settings: ConversationSettings,
    contextWindow: number,
    extra: PromptMessage[],
  ): Promise<{ block: DocumentsBlock; sources: SourceUse[] } | null> | null {
    const all = this.storedFor(conversationId);
    if (all.length === 0) return null;
    return this.prepareFor(all, messages, settings, contextWindow, extra);
  }

  private async prepareFor(
    all: Attachment[],
    messages: readonly ChatMessage[],
    settings: ConversationSettings,
    contextWindow: number,
    extra: PromptMessage[],
  ): Promise<{ block: DocumentsBlock; sources: SourceUse[] } | null> {
    const plan = planDocuments(
      all,
      roomFor(messages, settings, contextWindow, extra),
    );
    if (plan.mode === "none") return null;
    if (plan.mode === "whole") {
      const c = wholeContext(all);
      return { block: c, sources: c.sources };
    }
    const question =
      [...messages].reverse().find((m) => m.role === "user")?.content ?? "";
    const started = performance.now();
    const hits = await (await this.client()).rank(question, all);
    const c = passageContext(all, hits, plan.tokens);
    performance.measure("hearth:pick-passages", { start: started });
    return c.sources.length ? { block: c, sources: c.sources } : null;
  }
}

/** The room beside the conversation, from what planContext would send without documents. */
export function roomFor(
  messages: readonly ChatMessage[],
  settings: ConversationSettings,
  contextWindow: number,
  extra: PromptMessage[],
): DocumentRoom {
  const bare = planContext(messages, settings, contextWindow, extra);
  const fixed = bare.prompt
    .filter((m, i) => (i === 0 && m.role === "system") || extra.includes(m))
    .reduce((n, m) => n + estimateTokens(m.content) + PER_MESSAGE_TOKENS, 0);
  const sent = messages.filter(
    (m) => !(m.role === "assistant" && m.content.trim() === ""),
  );
  const newest = sent.at(-1);
  return {
    contextWindow,
    reserveTokens: bare.reserveTokens,
    systemTokens: fixed,
    conversationTokens: bare.usedTokens - fixed,
    newestTokens: newest
      ? estimateTokens(newest.content) + PER_MESSAGE_TOKENS
      : 0,
  };
}
