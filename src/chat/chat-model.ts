import { computed, signal, type Signal } from "@preact/signals";
import { findEntry } from "../engine/catalog";
import type { EngineClient } from "../engine/engine-client";
import type { EngineModel } from "../engine/engine-model";
import { EngineError } from "../engine/errors";
import type { GenerationOptions, PromptMessage } from "../engine/protocol";
import type { AttachmentsModel } from "../attachments/attachments-model";
import type { TabSync } from "../storage/tab-sync";
import { planContext, type ContextPlan } from "./context";
import {
  addMessage,
  isSendable,
  messagesAfter,
  newId,
  nextTimestamp,
  removeMessages,
  updateMessage,
} from "./conversation";
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
    const documents = this.documents?.meterBlock(
      c.id,
      c.messages,
      c.settings,
      this.contextWindow.value,
    );
    return planContext(
      c.messages,
      c.settings,
      this.contextWindow.value,
      [],
      documents,
    );
  });

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
    const attachmentIds = this.documents?.takePending(conversation.id) ?? [];
    const user: ChatMessage = {
      ...this.message("user", text, nextTimestamp(conversation, this.now())),
      ...(attachmentIds.length ? { attachmentIds } : {}),
    };
    const withUser = addMessage(conversation, user);
    const reply = this.emptyReply(withUser, modelId);
    this.conversations.commit(addMessage(withUser, reply), [user, reply]);
    this.start(
      withUser.messages,
      withUser.settings,
      withUser.id,
      reply,
      modelId,
    );
    return true;
  }

  /** Writes the last reply again from the messages before it. */
  regenerate(messageId: string): boolean {
    const conversation = this.active.value;
    const index = conversation.messages.findIndex((m) => m.id === messageId);
    const old = conversation.messages[index];
    if (!old || old.role !== "assistant" || this.generation) return false;
    if (messagesAfter(conversation, messageId).length > 0) return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;
    const before = conversation.messages.slice(0, index);
    const reply: ChatMessage = {
      ...this.emptyReply(conversation, modelId),
      id: old.id,
      createdAt: old.createdAt,
    };
    this.conversations.commit(
      { ...conversation, messages: [...before, reply], updatedAt: this.now() },
      [reply],
    );
    this.start(before, conversation.settings, conversation.id, reply, modelId);
    return true;
  }

  /** Asks the model to carry on an interrupted or stopped reply, appending to it. */
  continueReply(messageId: string): boolean {
    const conversation = this.active.value;
    const old = conversation.messages.find((m) => m.id === messageId);
    if (!old || old.role !== "assistant" || this.generation) return false;
    if (messagesAfter(conversation, messageId).length > 0) return false;
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
      conversation.messages,
      conversation.settings,
      conversation.id,
      reply,
      modelId,
      [{ role: "user", content: CONTINUE_INSTRUCTION }],
    );
    return true;
  }

  /** Replaces a message of yours and everything after it with a new reply. */
  editAndResend(messageId: string, text: string): boolean {
    const conversation = this.active.value;
    const old = conversation.messages.find((m) => m.id === messageId);
    if (!old || old.role !== "user" || !isSendable(text) || this.generation)
      return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;
    const later = messagesAfter(conversation, messageId).map((m) => m.id);
    const edited = updateMessage(
      removeMessages(conversation, later),
      messageId,
      { content: text },
      this.now(),
    );
    const user = edited.messages.find((m) => m.id === messageId)!;
    const reply = this.emptyReply(edited, modelId);
    this.conversations.commit(addMessage(edited, reply), [user, reply], later);
    this.start(edited.messages, edited.settings, edited.id, reply, modelId);
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
  ): ChatMessage {
    return { id: newId(), role, content, createdAt, status: "complete" };
  }

  private emptyReply(after: Conversation, modelId: string): ChatMessage {
    return {
      ...this.message("assistant", "", nextTimestamp(after, this.now())),
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
        settings,
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
