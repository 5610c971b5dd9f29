import type { ChatModel } from "../../chat/chat-model";
import type { EngineModel } from "../../engine/engine-model";

/** Send can load the chosen model first: nothing loaded (or it failed) and it could load. */
export function canLoadFirst(engine: EngineModel): boolean {
  const kind = engine.status.value.kind;
  return (kind === "idle" || kind === "failed") && engine.canLoad.value;
}

/**
 * Sending with no model loaded: load the chosen model through the same path as Load model
 * (GPU lock, offline and space checks, download), then send what is in the box by then.
 * A load that fails or is refused sends nothing, and the draft stays where it was.
 */
export async function loadThenSend(
  engine: EngineModel,
  chat: ChatModel,
  draft: () => string,
): Promise<boolean> {
  if (!canLoadFirst(engine)) return false;
  if (engine.status.value.kind === "failed") await engine.reload();
  else await engine.load();
  if (engine.status.value.kind !== "ready") return false;
  return chat.send(draft());
}
