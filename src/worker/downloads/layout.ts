import type { ModelSource } from "../../engine/protocol";

export type { ModelSource };

/**
 * Where web-llm 0.2.86 looks for each artifact of a model (lib/index.js: reloadInternal,
 * asyncLoadTokenizer, fetchTensorCache), so that files we store are the ones its `reload`
 * and `hasModelInCache` find. REFERENCE.md, "Loading a model" and "Cache backends".
 */
export const SCOPES = {
  model: "webllm/model",
  config: "webllm/config",
  wasm: "webllm/wasm",
} as const;
export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

/** web-llm's `cleanModelUrl`: appends `resolve/main/` unless a `/resolve/<rev>/` is there. */
export function modelBaseUrl(model: string): string {
  let url = model.endsWith("/") ? model : model + "/";
  if (!/.+\/resolve\/.+\//.test(url)) url += "resolve/main/";
  return new URL(url).href;
}

/** web-llm fetches a library on `localhost` or a relative URL without caching it. */
export function libraryIsCached(modelLib: string): boolean {
  return modelLib.startsWith("http") && !modelLib.includes("localhost");
}

export type FileKind =
  "config" | "wasm" | "tokenizer" | "tensor-cache" | "shard";

export interface PlannedFile {
  kind: FileKind;
  url: string;
  scope: Scope;
  /** Exact size when known in advance (shards, from tensor-cache.json). */
  bytes?: number;
  /** Lowercase hex MD5 of the whole file: tensor-cache.json's `md5sum` (real MLC models). */
  md5?: string;
  /** SRI string (sha256-/sha384-/sha512- base64), where the record carries one. */
  sri?: string;
}

/** A shard's record as MLC's converter writes it (REFERENCE.md, "The real tensor-cache.json"). */
export interface TensorCacheShard {
  dataPath: string;
  nbytes: number;
  /** Absent in very old conversions: those shards are checked by size only. */
  md5sum?: string;
}

export function shardFiles(
  base: string,
  records: TensorCacheShard[],
): PlannedFile[] {
  return records.map((r) => ({
    kind: "shard",
    url: new URL(r.dataPath, base).href,
    scope: SCOPES.model,
    bytes: r.nbytes,
    md5: typeof r.md5sum === "string" ? r.md5sum.toLowerCase() : undefined,
  }));
}

/**
 * The tokenizer web-llm 0.2.86 loads, of those the config lists: `tokenizer.json`, else
 * `tokenizer.model` (asyncLoadTokenizer). Downloads and folders both store this one.
 */
export function tokenizerFile(
  tokenizerFiles: readonly string[] | undefined,
): "tokenizer.json" | "tokenizer.model" | undefined {
  return tokenizerFiles?.includes("tokenizer.json")
    ? "tokenizer.json"
    : tokenizerFiles?.includes("tokenizer.model")
      ? "tokenizer.model"
      : undefined;
}
