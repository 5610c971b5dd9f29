import { newId } from "../chat/conversation";
import type { Conversation, ConversationMeta } from "../chat/types";
import type { SavedPrompt } from "../prompts/prompt";
import { validateExportFile } from "./validate";

export interface ImportPlan {
  /** What will be written: new conversations, and copies of changed ones under new ids. */
  toWrite: Conversation[];
  /** Conversations already here, unchanged. */
  alreadyHere: number;
  /** The file's saved prompts, checked; import-prompts.ts decides which to write. */
  prompts: SavedPrompt[];
}

/** JSON with sorted keys: the same data compares equal whatever order its keys were set in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const same = (a: Conversation, b: Conversation) =>
  canonical(a) === canonical(b);

/**
 * Checks a file and decides what to write. Nothing existing is ever replaced: a
 * conversation whose id is taken by a different one comes in as a copy with a new id.
 */
export async function planImport(
  json: string,
  existing: readonly ConversationMeta[],
  load: (id: string) => Promise<Conversation | undefined>,
): Promise<ImportPlan> {
  const { conversations: incoming, prompts } = validateExportFile(json);
  const taken = new Set(existing.map((c) => c.id));
  const toWrite: Conversation[] = [];
  let alreadyHere = 0;
  for (const c of incoming) {
    if (!taken.has(c.id)) {
      toWrite.push(c);
      continue;
    }
    const current = await load(c.id);
    if (current && same(current, c)) alreadyHere++;
    else toWrite.push({ ...c, id: newId() });
  }
  return { toWrite, alreadyHere, prompts };
}
