import type { ModelDefaults, ModelSource } from "../engine/protocol";
import { SCOPES, modelBaseUrl } from "./downloads/layout";
import { get } from "./downloads/web-llm-db";

/**
 * The model's own temperature and top-p, from the mlc-chat-config.json web-llm has just
 * loaded (it caches the file as bytes in its config scope). Unknown stays unknown.
 */
export async function defaultsOf(source: ModelSource): Promise<ModelDefaults> {
  try {
    const url = new URL("mlc-chat-config.json", modelBaseUrl(source.model))
      .href;
    const data = await get(SCOPES.config, url);
    const config = (
      data instanceof ArrayBuffer
        ? JSON.parse(new TextDecoder().decode(data))
        : data
    ) as { temperature?: unknown; top_p?: unknown } | undefined;
    const num = (x: unknown) => (typeof x === "number" ? x : undefined);
    return { temperature: num(config?.temperature), topP: num(config?.top_p) };
  } catch {
    return {};
  }
}
