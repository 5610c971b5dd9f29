import type {
  EngineBackend,
  LocalFiles,
  Reply,
  Request,
} from "../engine/protocol";
import { applyCatalog } from "../i18n/locale";
import { classifyError } from "./classify-error";
import type { DownloadManager } from "./downloads/download-manager";
import { LocalFileError } from "./downloads/local-files";
import { saveToFolder } from "./downloads/save-folder";

/**
 * Runs protocol requests against a backend and the download manager, and posts the
 * replies. Kept apart from the worker's globals so tests can drive it in-process.
 */
export function createDispatcher(
  backend: EngineBackend,
  post: (reply: Reply) => void,
  downloads?: DownloadManager,
) {
  let generating: string | null = null;
  const cancelled = new Set<string>();
  const activeDownloads = new Map<
    string,
    { controller: AbortController; mode?: "pause" | "cancel" }
  >();
  const activeSaves = new Map<string, AbortController>();

  const needDownloads = (): DownloadManager => {
    if (!downloads) throw new Error("This engine has no download manager");
    return downloads;
  };

  async function handle(msg: Request): Promise<void> {
    switch (msg.type) {
      case "ping":
        post({ type: "pong", requestId: msg.requestId });
        return;
      case "language":
        applyCatalog(msg.lang, msg.messages);
        return;
      case "cancel":
        activeSaves
          .get(msg.requestId)
          ?.abort(new DOMException("Saving stopped", "AbortError"));
        if (activeSaves.has(msg.requestId)) return;
        cancelled.add(msg.requestId);
        if (generating === msg.requestId) backend.interrupt();
        return;
      case "load": {
        const result = await backend.load(msg.source, (progress) =>
          post({ type: "progress", requestId: msg.requestId, progress }),
        );
        post({
          type: "loaded",
          requestId: msg.requestId,
          modelId: msg.modelId,
          ...result,
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
      case "plan": {
        const plan = await needDownloads().plan(msg.source);
        post({
          type: "planned",
          requestId: msg.requestId,
          plan: {
            modelId: plan.modelId,
            weightBytes: plan.weightBytes,
            storedBytes: plan.storedBytes,
            files: plan.files.length,
            contextWindow: plan.contextWindow,
          },
        });
        return;
      }
      case "download":
        return download(msg.requestId, msg.source, msg.local);
      case "stop-download": {
        const active = activeDownloads.get(msg.downloadId);
        if (active) {
          active.mode = msg.mode;
          active.controller.abort(
            new DOMException("Download stopped", "AbortError"),
          );
        }
        return;
      }
      case "inspect": {
        let last = 0;
        const damaged = await needDownloads().rehash(
          msg.source,
          (done, total) => {
            // A few hundred progress messages for a 4 GB model, not one per chunk.
            if (done !== total && done - last < total / 200) return;
            last = done;
            post({
              type: "inspect-progress",
              requestId: msg.requestId,
              bytesDone: done,
              bytesTotal: total,
            });
          },
        );
        const stored = await needDownloads().stored(msg.source.id);
        const webllmHasModel = await backend.hasModelInCache(msg.source);
        post({
          type: "inspected",
          requestId: msg.requestId,
          report: {
            webllmHasModel,
            storedFiles: stored?.stored ?? 0,
            totalFiles: stored?.total ?? 0,
            damaged,
          },
        });
        return;
      }
      case "save-to-folder": {
        const { requestId } = msg;
        const controller = new AbortController();
        activeSaves.set(requestId, controller);
        try {
          const result = await saveToFolder(
            msg.source,
            msg.folder,
            (bytesDone, bytesTotal) =>
              post({ type: "save-progress", requestId, bytesDone, bytesTotal }),
            controller.signal,
          );
          post({ type: "saved", requestId, result });
        } finally {
          activeSaves.delete(requestId);
        }
        return;
      }
      case "delete-model":
        await needDownloads().delete(msg.source);
        post({ type: "deleted", requestId: msg.requestId });
        return;
    }
  }

  async function download(
    requestId: string,
    source: Parameters<DownloadManager["download"]>[0],
    local?: LocalFiles,
  ) {
    const manager = needDownloads();
    const active = {
      controller: new AbortController(),
      mode: undefined as "pause" | "cancel" | undefined,
    };
    activeDownloads.set(requestId, active);
    try {
      await manager.download(
        source,
        (progress) => post({ type: "download-progress", requestId, progress }),
        active.controller.signal,
        local,
      );
      post({ type: "downloaded", requestId, stopped: null });
    } catch (err) {
      // A folder whose files do not match: nothing of the refused model stays stored.
      if (err instanceof LocalFileError) await manager.delete(source);
      if (!active.mode) throw err;
      // Pause keeps every verified file; cancel leaves nothing of the model behind.
      if (active.mode === "pause") await manager.markPaused(source.id);
      else await manager.delete(source);
      post({ type: "downloaded", requestId, stopped: active.mode });
    } finally {
      activeDownloads.delete(requestId);
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
