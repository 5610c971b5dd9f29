import { computed, signal } from "@preact/signals";
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

const STORAGE_WORDS: Record<StorageFailure, string> = {
  quota: "this device's storage is full",
  unavailable: "storage is turned off in this browser window",
  unknown: "the browser refused to store it",
};

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
    if (!draft.title.trim()) return "Give the prompt a title.";
    if (draft.title.length > PROMPT_LIMITS.titleChars)
      return `The title is longer than ${PROMPT_LIMITS.titleChars} characters.`;
    if (!draft.text.trim()) return "Write the prompt's text.";
    if (draft.text.length > PROMPT_LIMITS.textChars)
      return `The text is longer than ${PROMPT_LIMITS.textChars.toLocaleString("en")} characters.`;
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
    verb: string,
    work: () => Promise<void>,
  ): Promise<boolean> {
    try {
      await work();
      this.problem.value = undefined;
      return true;
    } catch (err) {
      const code = StorageError.from(err).code;
      this.problem.value = `The prompt could not be ${verb === "read" ? "read" : verb === "save" ? "saved" : "deleted"}: ${STORAGE_WORDS[code]}.`;
      return false;
    }
  }
}
