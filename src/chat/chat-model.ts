import { computed, signal } from "@preact/signals";
import type { EngineClient } from "../engine/engine-client";
import type { EngineModel } from "../engine/engine-model";
import { EngineError } from "../engine/errors";
import {
  addMessage,
  createConversation,
  isSendable,
  newId,
  toPrompt,
  updateMessage,
} from "./conversation";
import type { ChatMessage, Conversation } from "./types";

/**
 * Conversations and the reply in flight. The streaming text lives in its own signal so a
 * token updates one text node; it is committed to the conversation when the reply ends.
 */
export class ChatModel {
  readonly conversations = signal<Conversation[]>([]);
  readonly activeId = signal<string>("");
  readonly streamingText = signal("");
  readonly streamingId = signal<string | null>(null);
  /** Bumped when the composer should take focus (a new chat), so the UI can follow. */
  readonly composerFocus = signal(0);
  private generation: {
    requestId: string;
    conversationId: string;
    messageId: string;
  } | null = null;

  readonly active = computed(
    () =>
      this.conversations.value.find((c) => c.id === this.activeId.value) ??
      null,
  );

  constructor(
    private readonly engine: EngineModel,
    private readonly client: EngineClient,
    private readonly now: () => number = Date.now,
  ) {
    this.newChat();
  }

  newChat(): void {
    this.composerFocus.value++;
    const current = this.active.value;
    // An untouched new chat is reused rather than stacked up in the sidebar.
    if (current && current.messages.length === 0) return;
    const conversation = createConversation(this.now());
    this.conversations.value = [conversation, ...this.conversations.value];
    this.activeId.value = conversation.id;
  }

  open(id: string): void {
    if (this.conversations.value.some((c) => c.id === id))
      this.activeId.value = id;
  }

  /** Sends a message and streams the reply; returns false when it cannot be sent now. */
  send(text: string): boolean {
    const conversation = this.active.value;
    if (!conversation || !isSendable(text)) return false;
    const modelId = this.engine.beginGeneration();
    if (!modelId) return false;

    const user: ChatMessage = {
      id: newId(),
      role: "user",
      content: text,
      createdAt: this.now(),
      status: "complete",
    };
    const withUser = addMessage(conversation, user);
    const reply: ChatMessage = {
      id: newId(),
      role: "assistant",
      content: "",
      createdAt: this.now(),
      status: "streaming",
      modelId,
    };
    this.replace(addMessage(withUser, reply));
    this.streamingText.value = "";
    this.streamingId.value = reply.id;

    const { requestId, done } = this.client.generate(
      toPrompt(withUser),
      {},
      (delta) => {
        if (this.generation?.requestId === requestId)
          this.streamingText.value += delta;
      },
    );
    this.generation = {
      requestId,
      conversationId: conversation.id,
      messageId: reply.id,
    };
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
    return true;
  }

  /** Stops the reply at once: what has arrived so far is kept, later tokens are dropped. */
  stop(): void {
    const generation = this.generation;
    if (!generation) return;
    this.client.cancel(generation.requestId);
    this.settle(generation.requestId, { status: "stopped" });
  }

  get isStreaming(): boolean {
    return this.generation !== null;
  }

  private settle(requestId: string, change: Partial<ChatMessage>): void {
    const generation = this.generation;
    if (!generation || generation.requestId !== requestId) return;
    const conversation = this.conversations.value.find(
      (c) => c.id === generation.conversationId,
    );
    if (conversation) {
      this.replace(
        updateMessage(
          conversation,
          generation.messageId,
          { ...change, content: this.streamingText.value },
          this.now(),
        ),
      );
    }
    this.generation = null;
    this.streamingId.value = null;
    this.streamingText.value = "";
  }

  private replace(conversation: Conversation): void {
    const others = this.conversations.value.filter(
      (c) => c.id !== conversation.id,
    );
    // Most recent activity first, as in every chat app's sidebar.
    this.conversations.value = [conversation, ...others];
  }
}
