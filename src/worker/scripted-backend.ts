import { catalog } from "virtual:model-catalog";
import type {
  EngineBackend,
  LoadPhase,
  PromptMessage,
} from "../engine/protocol";
import { readManifest } from "./downloads/manifest";
import * as db from "./downloads/web-llm-db";
import { SCRIPTED_REPLY } from "./scripted-reply";

/**
 * The e2e build's engine, standing in for web-llm where no GPU or weights exist. Its
 * behaviour is a contract other tests rely on (issue 2, item 6): keep it exact.
 */
const PIECE_CHARS = 4;
const PIECE_MS = 10;
const PROMPT_PIECE_CHARS = 256;
const LOAD_STEPS: Array<{ phase: LoadPhase; fraction: number }> = [
  { phase: "fetching", fraction: 0 },
  { phase: "fetching", fraction: 0.25 },
  { phase: "fetching", fraction: 0.5 },
  { phase: "fetching", fraction: 0.75 },
  { phase: "fetching", fraction: 1 },
  { phase: "loading", fraction: 0.5 },
  { phase: "loading", fraction: 1 },
  { phase: "compiling", fraction: 0.5 },
  { phase: "compiling", fraction: 1 },
];
const LOAD_STEP_MS = 1000 / LOAD_STEPS.length;
const FAKE_MODEL_BYTES = 64 * 1024 * 1024;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function namedError(name: string, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

/** Rough token count (4 characters a token) standing in for the tokenizer. */
const estimateTokens = (messages: PromptMessage[]) =>
  messages.reduce((n, m) => n + Math.ceil(m.content.length / 4) + 4, 0);

/**
 * `/prompt`: every message this turn was given, in order, each after its role on a line of
 * its own, so tests can read exactly what the model saw (issue 12).
 */
export const promptReply = (messages: PromptMessage[]) =>
  messages.map((m) => `${m.role}\n${m.content}`).join("\n");

export function createBackend(): EngineBackend {
  let loaded: { contextWindow: number } | null = null;
  let interrupted = false;

  return {
    async hasModelInCache(source) {
      // The same question web-llm asks: tensor-cache.json and every shard stored?
      const manifest = await readManifest(source.id);
      if (!manifest) return false;
      const needed = manifest.files.filter(
        (f) => f.kind === "shard" || f.kind === "tensor-cache",
      );
      return (await db.hasEach(needed)).every(Boolean);
    },

    async load(source, onProgress) {
      const entry =
        catalog.find((e) => e.id === source.id) ??
        (source.contextWindow
          ? { contextWindow: source.contextWindow }
          : undefined);
      if (!entry) {
        throw namedError(
          "ModelNotFoundError",
          `Cannot find model record for ${source.id}`,
        );
      }
      loaded = null;
      const started = performance.now();
      for (const step of LOAD_STEPS) {
        await sleep(LOAD_STEP_MS);
        const bytes =
          step.phase === "compiling"
            ? {}
            : {
                bytesDone: Math.round(FAKE_MODEL_BYTES * step.fraction),
                bytesTotal: FAKE_MODEL_BYTES,
              };
        onProgress({
          ...step,
          ...bytes,
          elapsedSeconds: Math.round((performance.now() - started) / 1000),
        });
      }
      loaded = { contextWindow: entry.contextWindow };
      // Llama 2 chat's mlc-chat-config.json values, so the UI shows real-looking defaults.
      return {
        gpuLabel: "Scripted test engine",
        defaults: { temperature: 0.6, topP: 0.9 },
      };
    },

    async generate(messages, _options, onDelta) {
      if (!loaded)
        throw namedError(
          "ModelNotLoadedError",
          "Model not loaded before calling chatCompletion",
        );
      const promptTokens = estimateTokens(messages);
      if (promptTokens > loaded.contextWindow) {
        throw namedError(
          "ContextWindowSizeExceededError",
          `Prompt tokens exceed context window size: number of prompt tokens: ${promptTokens}; context window size: ${loaded.contextWindow}`,
        );
      }
      const last = messages.at(-1)?.content ?? "";
      const failure = /^\/fail (device-lost|worker-crash)\b/.exec(last)?.[1];
      const reply = last.startsWith("/echo ")
        ? last.slice("/echo ".length)
        : last.trim() === "/context"
          ? contextReply(messages)
          : last.startsWith("/prompt")
            ? promptReply(messages)
            : failure
              ? "This reply will not finish because"
              : SCRIPTED_REPLY;

      interrupted = false;
      const started = performance.now();
      let pieces = 0;
      // A whole prompt (documents included) is long: stream it in larger pieces.
      const size = last.startsWith("/prompt")
        ? PROMPT_PIECE_CHARS
        : PIECE_CHARS;
      for (let i = 0; i < reply.length && !interrupted; i += size) {
        await sleep(PIECE_MS);
        if (interrupted) break;
        onDelta(reply.slice(i, i + size));
        pieces++;
      }
      if (failure === "device-lost" && !interrupted) {
        loaded = null; // web-llm unloads itself after a device loss
        throw namedError(
          "DeviceLostError",
          "The WebGPU device was lost while generating.",
        );
      }
      if (failure === "worker-crash" && !interrupted) {
        // An uncaught error followed by close() is as close to an OOM kill as a worker gets.
        setTimeout(() => {
          throw new Error("Scripted worker crash");
        });
        setTimeout(() => self.close(), 5);
        await new Promise(() => {});
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        usage: {
          promptTokens,
          completionTokens: pieces,
          prefillTokensPerSecond: promptTokens / 0.05,
          decodeTokensPerSecond: seconds > 0 ? pieces / seconds : 0,
          timeToFirstTokenSeconds: PIECE_MS / 1000,
        },
      };
    },

    interrupt() {
      interrupted = true;
    },
  };
}

/**
 * `/context`: the reply lists what the engine was sent before it, a line a message
 * ("user: …", "assistant: …"), so a test can see exactly which path the model received.
 */
function contextReply(messages: readonly PromptMessage[]): string {
  return messages
    .slice(0, -1)
    .filter((m) => m.role !== "system")
    .map((m) => `${m.role}: ${m.content.replace(/\n/g, " ")}`)
    .join("\n");
}
