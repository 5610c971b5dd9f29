// Pure (web-llm's `cleanModelUrl`), shared with the worker that stores under these URLs.
import { modelBaseUrl } from "../worker/downloads/layout";
import type { ModelSource } from "./protocol";

/** Where a model on disk was downloaded from: the URLs its files are stored under. */
export interface StoredOrigin {
  /** The model's base, `…/resolve/main/`. */
  model: string;
  /** Absent when the library was never stored (a relative or localhost URL). */
  modelLib?: string;
}

/** The origin a manifest's files name (its config's and library's URLs), if any. */
export function originOf(
  files: ReadonlyArray<{ kind: string; url: string }> | undefined,
): StoredOrigin | undefined {
  const config = files?.find((f) => f.kind === "config")?.url;
  if (!config?.endsWith("/mlc-chat-config.json")) return undefined;
  const model = config.slice(0, -"mlc-chat-config.json".length);
  const modelLib = files?.find((f) => f.kind === "wasm")?.url;
  return { model, ...(modelLib ? { modelLib } : {}) };
}

/**
 * `source` with the URLs its files are stored under. web-llm's layout keys every file by its
 * URL, so a model downloaded before a mirror was set (or reset) must keep loading, verifying
 * and deleting from where it was stored, not be fetched again from the new host.
 */
export function storedSource(
  source: ModelSource,
  origin: StoredOrigin | undefined,
): ModelSource {
  if (!origin) return source;
  const modelLib = origin.modelLib ?? source.modelLib;
  if (
    origin.model === modelBaseUrl(source.model) &&
    modelLib === source.modelLib
  )
    return source;
  return { ...source, model: origin.model, modelLib };
}
