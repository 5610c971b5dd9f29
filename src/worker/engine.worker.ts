/// <reference lib="webworker" />
// `#engine-backend` is web-llm in production and the scripted engine in the e2e build
// (vite.config.ts picks one by mode), so the test engine never ships in production.
import { createBackend } from "#engine-backend";
import type { Reply, Request } from "../engine/protocol";
import { classifyError } from "./classify-error";

declare const self: DedicatedWorkerGlobalScope;

const backend = createBackend();
let generating: string | null = null;
const cancelled = new Set<string>();

const post = (reply: Reply) => self.postMessage(reply);

async function handle(msg: Request): Promise<void> {
  switch (msg.type) {
    case "ping":
      post({ type: "pong", requestId: msg.requestId });
      return;
    case "cancel":
      cancelled.add(msg.requestId);
      if (generating === msg.requestId) backend.interrupt();
      return;
    case "load": {
      const { gpuLabel } = await backend.load(msg.modelId, (progress) =>
        post({ type: "progress", requestId: msg.requestId, progress }),
      );
      post({ type: "loaded", requestId: msg.requestId, modelId: msg.modelId, gpuLabel });
      return;
    }
    case "generate": {
      generating = msg.requestId;
      try {
        const { usage } = await backend.generate(msg.messages, msg.options, (text) => {
          if (!cancelled.has(msg.requestId)) post({ type: "delta", requestId: msg.requestId, text });
        });
        post({ type: "done", requestId: msg.requestId, stopped: cancelled.has(msg.requestId), usage });
      } finally {
        generating = null;
        cancelled.delete(msg.requestId);
      }
      return;
    }
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  const msg = event.data;
  handle(msg).catch((err: unknown) => {
    post({ type: "failed", requestId: msg.requestId, error: classifyError(err) });
  });
};
