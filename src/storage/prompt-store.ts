import { del, entries, set, setMany, type UseStore } from "idb-keyval";
import type { SavedPrompt } from "../prompts/prompt";
import { createStore } from "./idb-store";
import { asStorageError } from "./storage-error";

/** The user's own saved prompts (Hearth's built-in ones are never stored). */
export interface PromptStore {
  /** Oldest first, the order they were made in. */
  list(): Promise<SavedPrompt[]>;
  save(prompt: SavedPrompt): Promise<void>;
  saveMany(prompts: readonly SavedPrompt[]): Promise<void>;
  remove(id: string): Promise<void>;
}

export const PROMPTS_DB = "hearth-prompts";

export function createPromptStore(
  db: UseStore = createStore(PROMPTS_DB, "prompts"),
): PromptStore {
  return {
    list: () =>
      asStorageError(
        entries<string, SavedPrompt>(db).then((rows) =>
          rows
            .map(([, p]) => p)
            .sort(
              (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
            ),
        ),
      ),
    save: (prompt) => asStorageError(set(prompt.id, prompt, db)),
    saveMany: (prompts) =>
      asStorageError(
        setMany(
          prompts.map((p) => [p.id, p]),
          db,
        ),
      ),
    remove: (id) => asStorageError(del(id, db)),
  };
}
