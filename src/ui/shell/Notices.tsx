import type { ChatModel } from "../../chat/chat-model";
import type { EngineModel } from "../../engine/engine-model";
import { findEntry } from "../../engine/catalog";
import { errorText } from "../../engine/errors";
import { FitAdvice } from "../models/FitAdvice";

const LINUX_HELP =
  "On Linux, open chrome://flags, turn on “Unsafe WebGPU Support” and “Vulkan”, then restart the browser.";

/** GPU findings and engine failures, each saying what happened and what to do next. */
export function Notices({
  engine,
  chat,
}: {
  engine: EngineModel;
  chat: ChatModel;
}) {
  const gpu = engine.gpu.value;
  const status = engine.status.value;
  const notice = engine.notice.value;

  return (
    <div class="notices">
      {gpu.kind === "no-webgpu" ? (
        <section
          class="notice error"
          role="alert"
          aria-labelledby="no-webgpu-title"
        >
          <h2 id="no-webgpu-title">This browser cannot run Hearth’s models</h2>
          <p>
            Hearth runs Llama on your own GPU through WebGPU, and this browser
            does not offer it. Use Chrome or Edge 113 or newer on Windows, macOS
            or ChromeOS. {LINUX_HELP}
          </p>
        </section>
      ) : null}
      {gpu.kind === "no-adapter" ? (
        <section
          class="notice error"
          role="alert"
          aria-labelledby="no-adapter-title"
        >
          <h2 id="no-adapter-title">No compatible GPU was found</h2>
          <p>
            Hearth runs Llama on your own GPU through WebGPU, and this browser
            offered no GPU for it. Update your graphics drivers, check that
            hardware acceleration is on in the browser’s settings, and use
            Chrome or Edge 113 or newer on a desktop computer. {LINUX_HELP}
          </p>
        </section>
      ) : null}
      {engine.gpuBusy.value ? (
        <section
          class="notice warn"
          role="alert"
          aria-labelledby="gpu-busy-title"
        >
          <h2 id="gpu-busy-title">Another Hearth tab is using the GPU</h2>
          <p>
            A second copy of a model could run the GPU out of memory, so this
            tab does not load one. Take over to unload the model in the other
            tab and load it here.
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => void engine.takeOver()}
            >
              Take over
            </button>
          </div>
        </section>
      ) : null}
      <FitAdvice engine={engine} />
      {notice ? (
        <p class="notice info" role="status">
          {notice}
        </p>
      ) : null}
      {status.kind === "failed" ? (
        <FailureNotice engine={engine} chat={chat} />
      ) : null}
    </div>
  );
}

function FailureNotice({
  engine,
  chat,
}: {
  engine: EngineModel;
  chat: ChatModel;
}) {
  const status = engine.status.value;
  if (status.kind !== "failed") return null;
  const text = errorText(
    status.code,
    findEntry(engine.catalog, status.modelId)?.host,
  );
  return (
    <section class="notice error" role="alert" aria-labelledby="failure-title">
      <h2 id="failure-title">{text.title}</h2>
      {status.code === "disk-full" ? (
        // The sizes and what Hearth holds, already in words (storage-check.ts).
        <p>{status.detail}</p>
      ) : (
        <>
          <p>{text.advice}</p>
          <details>
            <summary>Details</summary>
            <code>{status.detail}</code>
          </details>
        </>
      )}
      <div class="actions">
        {text.reload ? (
          <button
            type="button"
            class="primary"
            onClick={() => void engine.reload()}
          >
            Reload model
          </button>
        ) : null}
        {status.code === "device-lost" && engine.smaller.value ? (
          <button type="button" onClick={() => void engine.useSmaller()}>
            Use a smaller model
          </button>
        ) : null}
        {status.code === "context-window" ? (
          <button type="button" onClick={() => chat.newChat()}>
            New chat
          </button>
        ) : null}
      </div>
    </section>
  );
}
