/**
 * The only language the main thread and the engine worker share. Both sides import this
 * module; each message is a variant of a tagged union so the compiler knows its payload.
 */

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
  | "no-webgpu"
  | "no-adapter"
  | "shader-f16"
  | "network"
  | "quota"
  | "device-lost"
  | "not-loaded"
  | "context-window"
  | "model-library"
  | "unknown";

export interface EngineFailure {
  code: ErrorCode;
  /** The engine's own words, for the details line; the UI writes the headline. */
  detail: string;
}

export type Request =
  | { type: "load"; requestId: string; modelId: string }
  | {
      type: "generate";
      requestId: string;
      messages: PromptMessage[];
      options: GenerationOptions;
    }
  | { type: "cancel"; requestId: string }
  | { type: "ping"; requestId: string };

export type Reply =
  | { type: "progress"; requestId: string; progress: LoadProgress }
  | { type: "loaded"; requestId: string; modelId: string; gpuLabel?: string }
  | { type: "delta"; requestId: string; text: string }
  | { type: "done"; requestId: string; stopped: boolean; usage?: Usage }
  | { type: "failed"; requestId: string; error: EngineFailure }
  | { type: "pong"; requestId: string };

/** What a worker-side engine implements: web-llm in production, a script in the e2e build. */
export interface EngineBackend {
  load(
    modelId: string,
    onProgress: (p: LoadProgress) => void,
  ): Promise<{ gpuLabel?: string }>;
  generate(
    messages: PromptMessage[],
    options: GenerationOptions,
    onDelta: (text: string) => void,
  ): Promise<{ usage?: Usage }>;
  /** Ends the current generation as soon as possible; generate() then resolves. */
  interrupt(): void;
}
