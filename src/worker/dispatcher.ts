import type { EngineBackend, Reply, Request } from "../engine/protocol";
import { classifyError } from "./classify-error";

/**
 * Runs protocol requests against a backend and posts the replies. Kept apart from the
 * worker's globals so tests can drive it in-process.
 */
export function createDispatcher(
  backend: EngineBackend,
  post: (reply: Reply) => void,
) {
  let generating: string | null = null;
  const cancelled = new Set<string>();

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
        post({
          type: "loaded",
          requestId: msg.requestId,
          modelId: msg.modelId,
          gpuLabel,
        });
        return;
      }
      case "generate": {
        const { requestId } = msg;
        generating = requestId;
        try {
          const { usage } = await backend.generate(
            msg.messages,
            msg.options,
            (text) => {
              if (!cancelled.has(requestId))
                post({ type: "delta", requestId, text });
            },
          );
          post({
            type: "done",
            requestId,
            stopped: cancelled.has(requestId),
            usage,
          });
        } finally {
          generating = null;
          cancelled.delete(requestId);
        }
        return;
      }
    }
  }

  return (msg: Request): Promise<void> =>
    handle(msg).catch((err: unknown) => {
      post({
        type: "failed",
        requestId: msg.requestId,
        error: classifyError(err),
      });
    });
}
