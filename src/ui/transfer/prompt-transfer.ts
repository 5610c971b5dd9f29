import type { SavedPrompt } from "../../prompts/prompt";
import type { PromptStore } from "../../storage/prompt-store";

/** Writes a file's new saved prompts; returns how many it wrote, for the result line. */
export async function importPrompts(
  store: PromptStore,
  incoming: readonly SavedPrompt[],
): Promise<number> {
  const { planPromptImport } = await import("../../transfer/import-prompts");
  const plan = planPromptImport(incoming, await store.list());
  if (plan.toWrite.length > 0) await store.saveMany(plan.toWrite);
  return plan.toWrite.length;
}

/** The saved prompts an export of every chat carries; none if they cannot be read. */
export async function promptsToExport(
  store: PromptStore | undefined,
): Promise<SavedPrompt[]> {
  return store ? store.list().catch(() => []) : [];
}
