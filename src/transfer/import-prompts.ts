import type { SavedPrompt } from "../prompts/prompt";
import { newPromptId } from "../prompts/prompt";
import { canonical } from "./import";

/**
 * Which of a file's saved prompts to write. As with chats, nothing here is replaced: a
 * prompt whose id is taken by a different one comes in as a copy with a new id, and one
 * already here, unchanged, is counted and skipped.
 */
export function planPromptImport(
  incoming: readonly SavedPrompt[],
  existing: readonly SavedPrompt[],
): { toWrite: SavedPrompt[]; alreadyHere: number } {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const toWrite: SavedPrompt[] = [];
  let alreadyHere = 0;
  for (const p of incoming) {
    const current = byId.get(p.id);
    if (!current) toWrite.push(p);
    else if (canonical(current) === canonical(p)) alreadyHere++;
    else toWrite.push({ ...p, id: newPromptId() });
  }
  return { toWrite, alreadyHere };
}
