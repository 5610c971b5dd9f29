/**
 * The only language the main thread and the engine worker share. Both sides import this
 * module; each message is a variant of a tagged union so the compiler knows its payload.
 */

import type { LanguageCode } from "../i18n/languages";
import type { Catalog } from "../i18n/messages";

export type Role = "system" | "user" | "assistant";

export interface PromptMessage {
  role: Role;
  content: string;
}

export interface GenerationOptions {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
}

export type LoadPhase = "starting" | "fetching" | "loading" | "compiling";

export interface LoadProgress {
  phase: LoadPhase;
  /** 0..1 within the current phase. */
  fraction: number;
  /** Bytes done and expected in this phase, when the engine knows them. */
  bytesDone?: number;
  bytesTotal?: number;
  /** While downloading: measured speed and the time left at that speed. */
  bytesPerSecond?: number;
  secondsLeft?: number;
  elapsedSeconds: number;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  prefillTokensPerSecond?: number;
  decodeTokensPerSecond?: number;
  timeToFirstTokenSeconds?: number;
}

export type ErrorCode =
  | "download"
  | "cancelled"
  | "no-webgpu"
  | "no-adapter"
  | "shader-f16"
  | "network"
  | "quota"
  | "disk-full"
  | "folder"
  | "storage"
  | "device-lost"
  | "not-loaded"
  | "context-window"
  | "model-library"
  | "unknown";

export interface EngineFailure {
  code: ErrorCode;
  /** The engine's own words, for the details line; the UI writes the headline. */
  detail: string;
  /** "disk-full": what the download had stored when a write failed, and the model's size. */
  bytes?: { stored: number; total: number };
}

/**
 * A model's files from a folder, by their names in the model's repository (the older
 * `ndarray-cache.json` given as "tensor-cache.json"); `library` is its `.wasm`.
 */
export interface LocalFiles {
  files: Record<string, Blob>;
  library?: Blob;
}

/** What the worker needs to fetch and load a model: web-llm's ModelRecord, in short. */
export interface ModelSource {
  id: string;
  model: string;
  modelLib: string;
  integrity?: {
    config?: string;
    model_lib?: string;
    tokenizer?: Record<string, string>;
  };
  contextWindow?: number;
}

/** The sampling defaults of a loaded model, from its mlc-chat-config.json. */
export interface ModelDefaults {
  temperature?: number;
  topP?: number;
}

/** What a finished load reports. */
export interface LoadResult {
  gpuLabel?: string;
  defaults?: ModelDefaults;
}

export interface DownloadPlan {
  modelId: string;
  /** Exact bytes of weights, from tensor-cache.json. */
  weightBytes: number;
  /** Bytes stored by an earlier, interrupted download. */
  storedBytes: number;
  files: number;
  /** From mlc-chat-config.json, for models the catalog does not know. */
  contextWindow?: number;
}

export interface DownloadProgress {
  modelId: string;
  bytesDone: number;
  bytesTotal: number;
  bytesPerSecond: number;
  secondsLeft?: number;
}

export interface CacheReport {
  /** web-llm's own `hasModelInCache` (tensor-cache.json and every shard). */
  webllmHasModel: boolean;
  /** Files of our manifest found in the cache, and how many there should be. */
  storedFiles: number;
  totalFiles: number;
  /**
   * Shards whose bytes no longer match their `md5sum` (removed, so a download fetches
   * them again); undefined when the model lists no checksums to check against.
   */
  damaged?: string[];
}

/** What Save to folder wrote (issue 22, item 5). */
export interface SaveResult {
  /** Files written, the library among them when it was stored. */
  files: number;
  bytes: number;
  /** No library was stored in this browser (a relative or localhost URL): not written. */
  libraryLeftOut: boolean;
  /** Cancelled: the file being written was discarded; those before it stay. */
  stopped: boolean;
}

export type Request =
  | { type: "load"; requestId: string; modelId: string; source: ModelSource }
  | { type: "plan"; requestId: string; source: ModelSource }
  | {
      type: "download";
      requestId: string;
      source: ModelSource;
      /** A model from a folder: its files, read instead of fetched (issue 22). */
      local?: LocalFiles;
    }
  | {
      type: "stop-download";
      requestId: string;
      downloadId: string;
      mode: "pause" | "cancel";
    }
  | { type: "inspect"; requestId: string; source: ModelSource }
  | { type: "delete-model"; requestId: string; source: ModelSource }
  | {
      type: "save-to-folder";
      requestId: string;
      source: ModelSource;
      /** Structured-cloneable in Chromium, with the permission the picker granted. */
      folder: FileSystemDirectoryHandle;
    }
  | {
      type: "generate";
      requestId: string;
      messages: PromptMessage[];
      options: GenerationOptions;
    }
  /** Stops a reply being generated, or a Save to folder. */
  | { type: "cancel"; requestId: string }
  | { type: "ping"; requestId: string }
  /** The page's language and its catalog: the worker's words follow it. No reply. */
  | {
      type: "language";
      requestId: string;
      lang: LanguageCode;
      messages: Catalog;
    };

export type Reply =
  | { type: "progress"; requestId: string; progress: LoadProgress }
  | ({ type: "loaded"; requestId: string; modelId: string } & LoadResult)
  | { type: "delta"; requestId: string; text: string }
  | { type: "done"; requestId: string; stopped: boolean; usage?: Usage }
  | { type: "failed"; requestId: string; error: EngineFailure }
  | { type: "pong"; requestId: string }
  | { type: "planned"; requestId: string; plan: DownloadPlan }
  | { type: "download-progress"; requestId: string; progress: DownloadProgress }
  | {
      type: "downloaded";
      requestId: string;
      stopped: "pause" | "cancel" | null;
    }
  | {
      type: "inspect-progress";
      requestId: string;
      bytesDone: number;
      bytesTotal: number;
    }
  | { type: "inspected"; requestId: string; report: CacheReport }
  | { type: "deleted"; requestId: string }
  | {
      type: "save-progress";
      requestId: string;
      bytesDone: number;
      bytesTotal: number;
    }
  | { type: "saved"; requestId: string; result: SaveResult };

/** What a worker-side engine implements: web-llm in production, a script in the e2e build. */
export interface EngineBackend {
  load(
    source: ModelSource,
    onProgress: (p: LoadProgress) => void,
  ): Promise<LoadResult>;
  /** web-llm's `hasModelInCache` in production; an equivalent check in the e2e build. */
  hasModelInCache(source: ModelSource): Promise<boolean>;
  generate(
    messages: PromptMessage[],
    options: GenerationOptions,
    onDelta: (text: string) => void,
  ): Promise<{ usage?: Usage }>;
  /** Ends the current generation as soon as possible; generate() then resolves. */
  interrupt(): void;
}
