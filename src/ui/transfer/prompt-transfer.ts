import type { SavedPrompt } from "../../prompts/prompt";
import type { PromptStore } from "../../storage/prompt-store";

/** Writes a file's new saved prompts; returns " and N saved prompts" for the result line. */
export async function importPrompts(
  store: PromptStore,
  incoming: readonly SavedPrompt[],
): Promise<string> {
  const { planPromptImport } = await import("../../transfer/import-prompts");
  const plan = planPromptImport(incoming, await store.list());
  if (plan.toWrite.length > 0) await store.saveMany(plan.toWrite);
  const n = plan.toWrite.length;
  return ` and ${n} saved ${n === 1 ? "prompt" : "prompts"}`;
}

/** The saved prompts an export of every chat carries; none if they cannot be read. */
export async function promptsToExport(
  store: PromptStore | undefined,
): Promise<SavedPrompt[]> {
  return store ? store.list().catch(() => []) : [];
}
