import {
  MLCEngine,
  hasModelInCache,
  prebuiltAppConfig,
  type AppConfig,
  type ChatCompletionMessageParam,
  type ModelRecord,
} from "@mlc-ai/web-llm";
import type { EngineBackend, ModelSource, Usage } from "../engine/protocol";
import { defaultsOf } from "./model-defaults";
import { parseProgress } from "./progress-text";

// The old `useIndexedDBCache` flag is gone in 0.2.86; cacheBackend is what selects IndexedDB.
const appConfig: AppConfig = {
  ...prebuiltAppConfig,
  model_list: [...prebuiltAppConfig.model_list],
  cacheBackend: "indexeddb",
};

/**
 * Makes sure web-llm knows the model: custom ones are added; a prebuilt record takes the
 * source's URLs (a mirror, model-hosts.ts), since web-llm looks its files up in the cache by
 * those URLs, and must never fall back to the default hosts.
 */
function ensureRecord(source: ModelSource): void {
  const index = appConfig.model_list.findIndex((r) => r.model_id === source.id);
  const known = appConfig.model_list[index];
  if (known) {
    if (known.model !== source.model || known.model_lib !== source.modelLib)
      appConfig.model_list[index] = {
        ...known,
        model: source.model,
        model_lib: source.modelLib,
      };
    return;
  }
  const record: ModelRecord = {
    model_id: source.id,
    model: source.model,
    model_lib: source.modelLib,
    integrity: source.integrity,
    overrides: source.contextWindow
      ? { context_window_size: source.contextWindow }
      : undefined,
  };
  appConfig.model_list.push(record);
}

/** The production engine: web-llm's MLCEngine, hosted directly in our worker. */
export function createBackend(): EngineBackend {
  const engine = new MLCEngine({ appConfig, logLevel: "WARN" });
  return {
    hasModelInCache(source) {
      ensureRecord(source);
      return hasModelInCache(source.id, appConfig);
    },

    async load(source, onProgress) {
      ensureRecord(source);
      engine.setAppConfig(appConfig);
      let gpuLabel: string | undefined;
      engine.setInitProgressCallback((report) => {
        const parsed = parseProgress(report);
        if ("finishedOn" in parsed) gpuLabel = parsed.finishedOn;
        else onProgress(parsed);
      });
      await engine.reload(source.id);
      return { gpuLabel, defaults: await defaultsOf(source) };
    },

    async generate(messages, options, onDelta) {
      const stream = await engine.chat.completions.create({
        messages: messages as ChatCompletionMessageParam[],
        stream: true,
        stream_options: { include_usage: true },
        temperature: options.temperature,
        top_p: options.topP,
        max_tokens: options.maxTokens,
      });
      let usage: Usage | undefined;
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta?.content;
        if (text) onDelta(text);
        if (chunk.usage) {
          const extra = chunk.usage.extra;
          usage = {
            promptTokens: chunk.usage.prompt_tokens,
            completionTokens: chunk.usage.completion_tokens,
            prefillTokensPerSecond: extra?.prefill_tokens_per_s,
            decodeTokensPerSecond: extra?.decode_tokens_per_s,
            timeToFirstTokenSeconds: extra?.time_to_first_token_s,
          };
        }
      }
      return { usage };
    },

    interrupt() {
      engine.interruptGenerate();
    },
  };
}
