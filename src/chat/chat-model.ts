import { computed, signal, type Signal } from "@preact/signals";
import { findEntry } from "../engine/catalog";
import type { EngineClient } from "../engine/engine-client";
import type { EngineModel } from "../engine/engine-model";
import { EngineError } from "../engine/errors";
import type { GenerationOptions, PromptMessage } from "../engine/protocol";
import type { AttachmentsModel } from "../attachments/attachments-model";
import type { TabSync } from "../storage/tab-sync";
import { language } from "../i18n/locale";
import { answerInLanguage, withLanguageDefault } from "./answer-language";
import { planContext, type ContextPlan } from "./context";
import {
  addMessage,
  isSendable,
  newId,
  nextTimestamp,
  updateMessage,
} from "./conversation";
import { childrenOf } from "./tree";
import type { ConversationsModel } from "./conversations-model";
import type { ChatMessage, Conversation, ConversationSettings } from "./types";

/** A streaming reply is saved at least this often, so a reload loses under a second. */
export const SAVE_EVERY_MS = 500;
const FALLBACK_CONTEXT_WINDOW = 4096;
/** web-llm needs a user turn last, so a continuation is asked for in words. */
export const CONTINUE_INSTRUCTION =
  "Continue your previous reply exactly where it stopped. Do not repeat anything you already wrote.";

interface Generation {
  requestId: string;
  conversationId: string;
  message: ChatMessage;
  saveTimer: ReturnType<typeof setTimeout> | undefined;
  release: () => void;
}

/**
 * Replies: sending, stopping, regenerating, continuing, editing and resending. The
 * streaming text lives in its own signal so a token updates one text node; it is saved
 * while it grows and committed to the conversation when the reply ends.
 */
export class ChatModel {
  readonly streamingText = signal("");
  readonly streamingId = signal<string | null>(null);
  private generation: Generation | null = null;
  /** Attached documents (issue 12); set by app.tsx, absent in most unit tests. */
  documents: AttachmentsModel | null = null;

  /** The context window of the model that would answer now. */
  readonly contextWindow = computed(() => {
    const status = this.engine.status.value;
    const id =
      status.kind === "idle" ? this.engine.selectedId.value : status.modelId;
    return (
      findEntry(this.engine.catalog, id)?.contextWindow ??
      FALLBACK_CONTEXT_WINDOW
    );
  });

  /** What the model would be sent for the open conversation as it stands. */
  readonly plan = computed<ContextPlan>(() => {
    const c = this.conversations.active.value;
    const path = this.conversations.path.value;
    const documents = this.documents?.meterBlock(
      c.id,
      path,
      c.settings,
      this.contextWindow.value,
    );
    return planContext(
      path,
      this.withLanguage(c.settings),
      this.contextWindow.value,
      [],
      documents,
    );
  });

  /** A chat's settings as the model gets them: in a non-English interface, asked to answer in it. */
  private withLanguage(settings: ConversationSettings): ConversationSettings {
    return withLanguageDefault(settings, language(), answerInLanguage.value);
  }

  constructor(
    private readonly engine: EngineModel,
    private readonly client: EngineClient,
    readonly conversations: ConversationsModel,
    private readonly sync: TabSync,
    private readonly now: () => number = Date.now,
  ) {}

  get active(): Signal<Conversation> {
    return this.conversations.active;
  }

  newChat(): void {
    this.conversations.newChat();
  }

  /** Sends a message and streams the reply; returns false when it cannot be sent now. */
  send(text: string): boolean {
    const conversation = this.active.value;
    if (!isSendable(text) || this.generation) return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;
    const path = this.conversations.path.value;
    const attachmentIds = this.documents?.takePending(conversation.id) ?? [];
    const user: ChatMessage = {
      ...this.message(
        "user",
        text,
        nextTimestamp(conversation, this.now()),
        path.at(-1)?.id ?? null,
      ),
      ...(attachmentIds.length ? { attachmentIds } : {}),
    };
    const withUser = addMessage(conversation, user);
    const reply = this.emptyReply(withUser, modelId, user.id);
    this.conversations.commit(addMessage(withUser, reply), [user, reply]);
    this.start([...path, user], withUser.settings, withUser.id, reply, modelId);
    return true;
  }

  /** Writes a reply again as a new version beside it; the old one is kept. */
  regenerate(messageId: string): boolean {
    const conversation = this.active.value;
    const path = this.conversations.path.value;
    const index = path.findIndex((m) => m.id === messageId);
    const old = path[index];
    if (!old || old.role !== "assistant" || this.generation) return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;
    const before = path.slice(0, index);
    const reply = this.emptyReply(conversation, modelId, old.parentId ?? null);
    this.conversations.commit(addMessage(conversation, reply), [reply]);
    this.start(before, conversation.settings, conversation.id, reply, modelId);
    return true;
  }

  /** Asks the model to carry on an interrupted or stopped reply, appending to it. */
  continueReply(messageId: string): boolean {
    const conversation = this.active.value;
    const path = this.conversations.path.value;
    const index = path.findIndex((m) => m.id === messageId);
    const old = path[index];
    if (!old || old.role !== "assistant" || this.generation) return false;
    // Text is appended only to a reply nothing follows yet.
    if (childrenOf(conversation.messages, messageId).length > 0) return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;
    const reply: ChatMessage = {
      ...old,
      status: "streaming",
      error: undefined,
      usage: undefined,
      modelId,
    };
    this.conversations.commit(
      updateMessage(conversation, old.id, reply, this.now()),
      [reply],
    );
    this.start(
      path.slice(0, index + 1),
      conversation.settings,
      conversation.id,
      reply,
      modelId,
      [{ role: "user", content: CONTINUE_INSTRUCTION }],
    );
    return true;
  }

  /** Sends an edited copy of a message of yours as a new version beside it, and its reply. */
  editAndResend(messageId: string, text: string): boolean {
    const conversation = this.active.value;
    const path = this.conversations.path.value;
    const index = path.findIndex((m) => m.id === messageId);
    const old = path[index];
    if (!old || old.role !== "user" || !isSendable(text) || this.generation)
      return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;
    const user = this.message(
      "user",
      text,
      nextTimestamp(conversation, this.now()),
      old.parentId ?? null,
    );
    const withUser = addMessage(conversation, user);
    const reply = this.emptyReply(withUser, modelId, user.id);
    this.conversations.commit(addMessage(withUser, reply), [user, reply]);
    const before = path.slice(0, index);
    this.start(
      [...before, user],
      withUser.settings,
      withUser.id,
      reply,
      modelId,
    );
    return true;
  }

  deleteMessage(messageId: string): void {
    if (this.streamingId.value === messageId) return;
    this.conversations.deleteMessage(messageId);
  }

  /** Stops the reply at once: what has arrived so far is kept, later tokens are dropped. */
  stop(): void {
    const generation = this.generation;
    if (!generation) return;
    this.client.cancel(generation.requestId);
    this.settle(generation.requestId, { status: "stopped" });
  }

  /** Stops the reply if it is being written into the given conversation (before deleting it). */
  stopIn(conversationId: string): void {
    if (this.generation?.conversationId === conversationId) this.stop();
  }

  get isStreaming(): boolean {
    return this.generation !== null;
  }

  private message(
    role: ChatMessage["role"],
    content: string,
    createdAt: number,
    parentId: string | null,
  ): ChatMessage {
    return {
      id: newId(),
      role,
      content,
      createdAt,
      status: "complete",
      parentId,
    };
  }

  private emptyReply(
    after: Conversation,
    modelId: string,
    parentId: string | null,
  ): ChatMessage {
    return {
      ...this.message(
        "assistant",
        "",
        nextTimestamp(after, this.now()),
        parentId,
      ),
      status: "streaming",
      modelId,
    };
  }

  private start(
    context: readonly ChatMessage[],
    settings: ConversationSettings,
    conversationId: string,
    reply: ChatMessage,
    modelId: string,
    extra: PromptMessage[] = [],
  ): void {
    const contextWindow = this.contextWindow.value;
    const options: GenerationOptions = {
      temperature: settings.temperature,
      topP: settings.topP,
      maxTokens: settings.maxTokens,
    };
    this.streamingText.value = reply.content;
    this.streamingId.value = reply.id;
    this.conversations.localReplies.add(reply.id);
    // Until the documents are ready the generation has no engine request: Stop settles
    // it and the request is never made.
    const g: Generation = {
      requestId: `documents-${reply.id}`,
      conversationId,
      message: reply,
      saveTimer: undefined,
      release: this.sync.holdReply(reply.id),
    };
    this.generation = g;
    const documents = this.documents?.prepare(
      conversationId,
      context,
      settings,
      contextWindow,
      extra,
    );
    const run = (docs: Awaited<typeof documents>) => {
      if (docs) g.message = { ...g.message, sources: docs.sources };
      const plan = planContext(
        context,
        this.withLanguage(settings),
        contextWindow,
        extra,
        docs?.block,
      );
      this.generate(g, plan, options, modelId);
    };
    if (!documents) return run(null);
    void documents
      .catch(() => null)
      .then((docs) => {
        if (this.generation === g) run(docs);
        else this.engine.finishGeneration(modelId, {});
      });
  }

  private generate(
    g: Generation,
    plan: ContextPlan,
    options: GenerationOptions,
    modelId: string,
  ): void {
    const { requestId, done } = this.client.generate(
      plan.prompt,
      options,
      (delta) => {
        if (this.generation !== g) return;
        this.streamingText.value += delta;
        g.saveTimer ??= setTimeout(() => {
          g.saveTimer = undefined;
          if (this.generation !== g) return;
          this.conversations.saveStreaming(g.conversationId, {
            ...g.message,
            content: this.streamingText.value,
          });
        }, SAVE_EVERY_MS);
      },
    );
    g.requestId = requestId;
    done.then(
      ({ stopped, usage }) => {
        this.settle(requestId, {
          status: stopped ? "stopped" : "complete",
          usage,
        });
        this.engine.finishGeneration(modelId, { usage });
      },
      (error: unknown) => {
        const e =
          error instanceof EngineError
            ? error
            : new EngineError("unknown", String(error));
        this.settle(requestId, {
          status: "failed",
          error: { code: e.code, detail: e.message },
        });
        this.engine.finishGeneration(modelId, { error: e });
      },
    );
  }

  private settle(requestId: string, change: Partial<ChatMessage>): void {
    const g = this.generation;
    if (!g || g.requestId !== requestId) return;
    clearTimeout(g.saveTimer);
    const final: ChatMessage = {
      ...g.message,
      ...change,
      content: this.streamingText.value,
    };
    this.generation = null;
    this.conversations.putMessage(g.conversationId, final);
    this.conversations.localReplies.delete(final.id);
    // Released after the final save is queued, so no tab ever sees a dead "streaming" state.
    void this.conversations.flushed().then(g.release);
    this.streamingId.value = null;
    this.streamingText.value = "";
  }
}
