import type { MLCEngineInterface } from "@mlc-ai/web-llm";
import { MAX_TOKENS, PROMPTS } from "./prompts";
import { summarise, weightBytesOf, type PromptResult } from "./summary";
import { renderSummary } from "./render";

const $ = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;
const status = (text: string) => ($("status").textContent = text);
const fail = (text: string) => {
  $("error").textContent = text;
  status("Stopped.");
};

class BenchError extends Error {
  name = "BenchError";
}

const NO_WEBGPU =
  "WebGPU is not available in this browser, so this benchmark cannot run. Use Chrome or Edge 113 or newer on a desktop computer; on Linux, turn on chrome://flags/#enable-unsafe-webgpu and #enable-vulkan, then restart the browser.";
const NO_ADAPTER =
  "This browser has WebGPU but found no GPU adapter, so this benchmark cannot run. Check that hardware acceleration is on (chrome://gpu) and that the GPU driver is installed.";

/** Checks WebGPU before loading anything heavy: web-llm's 6.8 MB module comes after. */
async function requireGpu(): Promise<GPUAdapter> {
  if (!("gpu" in navigator) || !navigator.gpu) throw new BenchError(NO_WEBGPU);
  const adapter = await navigator.gpu
    .requestAdapter({ powerPreference: "high-performance" })
    .catch(() => null);
  if (!adapter) throw new BenchError(NO_ADAPTER);
  return adapter;
}

async function answer(
  engine: MLCEngineInterface,
  prompt: string,
  maxTokens: number,
): Promise<PromptResult> {
  await engine.resetChat();
  const stream = await engine.chat.completions.create({
    messages: [{ role: "user", content: prompt }],
    stream: true,
    stream_options: { include_usage: true },
    temperature: 0,
    max_tokens: maxTokens,
  });
  for await (const chunk of stream) {
    const usage = chunk.usage;
    if (usage?.extra)
      return {
        promptTokens: usage.prompt_tokens,
        completionTokens: usage.completion_tokens,
        prefillTokensPerSecond: usage.extra.prefill_tokens_per_s,
        decodeTokensPerSecond: usage.extra.decode_tokens_per_s,
        timeToFirstTokenSeconds: usage.extra.time_to_first_token_s,
      };
  }
  throw new BenchError("web-llm finished a reply without reporting its usage.");
}

async function run(modelId: string, bandwidthGBps?: number): Promise<void> {
  status("Checking WebGPU…");
  const adapter = await requireGpu();
  const webllm = await import("@mlc-ai/web-llm");
  const record = webllm.prebuiltAppConfig.model_list.find(
    (m) => m.model_id === modelId,
  );
  if (!record)
    throw new BenchError(
      `"${modelId}" is not in web-llm's prebuilt model list. Use a model id such as Llama-2-7b-chat-hf-q4f16_1-MLC.`,
    );
  const missing = (record.required_features ?? []).filter(
    (f) => !adapter.features.has(f as GPUFeatureName),
  );
  if (missing.length)
    throw new BenchError(
      `This GPU lacks ${missing.join(", ")}, which ${modelId} needs. Try its q4f32_1 build instead.`,
    );
  const engine = await webllm.CreateWebWorkerMLCEngine(
    new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }),
    modelId,
    { initProgressCallback: (r) => status(`Loading: ${r.text}`) },
  );
  const weightBytes = await fetch(
    new URL(
      "resolve/main/tensor-cache.json",
      record.model.replace(/\/?$/, "/"),
    ),
  )
    .then((r) => (r.ok ? r.json() : undefined))
    .then(weightBytesOf)
    .catch(() => undefined);
  status("Warming up…");
  await answer(engine, PROMPTS[0], 16);
  const results: PromptResult[] = [];
  for (const [i, prompt] of PROMPTS.entries()) {
    status(`Prompt ${i + 1} of ${PROMPTS.length}…`);
    results.push(await answer(engine, prompt, MAX_TOKENS));
  }
  await engine.unload();
  const info = adapter.info;
  const summary = summarise(
    modelId,
    [info.vendor, info.architecture, info.description]
      .filter(Boolean)
      .join(" "),
    results,
    weightBytes,
    bandwidthGBps,
  );
  renderSummary($("table"), summary);
  const json = $("results");
  json.textContent = JSON.stringify(summary, null, 2);
  json.hidden = false;
  console.log("hearth-gpu-bench", JSON.stringify(summary));
  status("Done.");
}

const form = $<HTMLFormElement>("form");
const params = new URLSearchParams(location.search);
if (params.has("model"))
  $<HTMLInputElement>("model").value = params.get("model")!;
if (params.has("bandwidth"))
  $<HTMLInputElement>("bandwidth").value = params.get("bandwidth")!;

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const button = form.querySelector("button")!;
  button.disabled = true;
  $("error").textContent = "";
  const bandwidth = Number($<HTMLInputElement>("bandwidth").value);
  run(
    $<HTMLInputElement>("model").value.trim(),
    bandwidth > 0 ? bandwidth : undefined,
  )
    .catch((err: unknown) =>
      fail(
        err instanceof BenchError
          ? err.message
          : `The benchmark failed: ${err instanceof Error ? err.message : String(err)}`,
      ),
    )
    .finally(() => (button.disabled = false));
});
if (params.get("run") === "1") form.requestSubmit();
