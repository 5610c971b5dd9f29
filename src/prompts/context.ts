import { createContext } from "preact";
import type { PromptStore } from "../storage/prompt-store";

/**
 * The saved-prompt store, provided once by app.tsx to the composer (the "/" menu) and the
 * export and import buttons, which sit far apart in the tree. Absent, both leave prompts out.
 */
export const PromptStoreContext = createContext<PromptStore | undefined>(
  undefined,
);
