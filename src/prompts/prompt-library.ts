import { computed, signal } from "@preact/signals";
import { t } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";
import type { PromptStore } from "../storage/prompt-store";
import { StorageError, type StorageFailure } from "../storage/storage-error";
import {
  newPromptId,
  PROMPT_LIMITS,
  type ListedPrompt,
  type PromptKind,
  type SavedPrompt,
} from "./prompt";

export interface PromptDraft {
  title: string;
  text: string;
  kind: PromptKind;
}

const STORAGE_WORDS = {
  quota: "shell.prompts.storage.quota",
  unavailable: "shell.prompts.storage.unavailable",
  unknown: "shell.prompts.storage.unknown",
} as const satisfies Record<StorageFailure, MessageKey>;

type Verb = "read" | "save" | "delete";
const FAILED = {
  read: "shell.prompts.problem.readFailed",
  save: "shell.prompts.problem.saveFailed",
  delete: "shell.prompts.problem.deleteFailed",
} as const satisfies Record<Verb, MessageKey>;

/** The prompt menu's model: Hearth's built-in prompts and the user's own, kept in a PromptStore. */
export class PromptLibrary {
  readonly saved = signal<SavedPrompt[]>([]);
  /** The last failure, in words; cleared by the next success. */
  readonly problem = signal<string | undefined>(undefined);
  readonly all = computed<ListedPrompt[]>(() => [
    ...this.builtIn,
    ...this.saved.value,
  ]);

  constructor(
    private readonly store: PromptStore,
    private readonly builtIn: readonly ListedPrompt[],
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads the store again: another tab or an import may have changed it. */
  async load(): Promise<void> {
    await this.attempt("read", async () => {
      this.saved.value = await this.store.list();
    });
  }

  /** Checks a form's fields; returns a problem in words, or undefined. */
  check(draft: PromptDraft): string | undefined {
    if (!draft.title.trim()) return t("shell.prompts.problem.noTitle");
    if (draft.title.length > PROMPT_LIMITS.titleChars)
      return t("shell.prompts.problem.titleTooLong", {
        max: PROMPT_LIMITS.titleChars,
      });
    if (!draft.text.trim()) return t("shell.prompts.problem.noText");
    if (draft.text.length > PROMPT_LIMITS.textChars)
      return t("shell.prompts.problem.textTooLong", {
        max: PROMPT_LIMITS.textChars,
      });
    return undefined;
  }

  /** Adds a prompt, or changes the one with `id`. False, with `problem` set, if it failed. */
  async save(draft: PromptDraft, id?: string): Promise<boolean> {
    const problem = this.check(draft);
    if (problem) {
      this.problem.value = problem;
      return false;
    }
    const old = id ? this.saved.value.find((p) => p.id === id) : undefined;
    const time = this.now();
    const prompt: SavedPrompt = {
      id: old?.id ?? newPromptId(),
      title: draft.title.trim(),
      text: draft.text,
      kind: draft.kind,
      createdAt: old?.createdAt ?? time,
      updatedAt: time,
    };
    return this.attempt("save", async () => {
      await this.store.save(prompt);
      this.saved.value = old
        ? this.saved.value.map((p) => (p.id === prompt.id ? prompt : p))
        : [...this.saved.value, prompt];
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.attempt("delete", async () => {
      await this.store.remove(id);
      this.saved.value = this.saved.value.filter((p) => p.id !== id);
    });
  }

  private async attempt(
    verb: Verb,
    work: () => Promise<void>,
  ): Promise<boolean> {
    try {
      await work();
      this.problem.value = undefined;
      return true;
    } catch (err) {
      const code = StorageError.from(err).code;
      this.problem.value = t(FAILED[verb], { reason: t(STORAGE_WORDS[code]) });
      return false;
    }
  }
}
