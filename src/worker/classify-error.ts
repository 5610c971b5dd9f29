import {
  DiskFullError,
  StorageFailureError,
} from "./downloads/storage-failure";
import type { EngineFailure } from "../engine/protocol";
import { t } from "../i18n/locale";

/**
 * Maps whatever the engine threw to one of our error codes. web-llm's errors are typed
 * classes (lib/error.d.ts) that set `name`; fetch failures are plain TypeErrors.
 */
export function classifyError(err: unknown): EngineFailure {
  if (err instanceof DiskFullError)
    return {
      code: "disk-full",
      detail: err.message,
      bytes: { stored: err.storedBytes, total: err.totalBytes },
    };
  const name = err instanceof Error ? err.name : "";
  const detail = err instanceof Error ? err.message : String(err);
  const text = `${name}: ${detail}`;
  const code = ((): EngineFailure["code"] => {
    switch (name) {
      case "WebGPUNotAvailableError":
      case "WebGPUNotFoundError":
        return "no-adapter";
      case "ShaderF16SupportError":
        return "shader-f16";
      case "DeviceLostError":
        return "device-lost";
      case "ModelNotLoadedError":
      case "EngineNotLoadedError":
        return "not-loaded";
      case "ContextWindowSizeExceededError":
        return "context-window";
      case "QuotaExceededError":
      case "StorageFullError":
        return "quota";
      case "StorageFailedError":
        return "storage";
      case "LocalFileError":
        return "folder";
      case "AbortError":
        return "cancelled";
      case "NetworkDownloadError":
        return "network";
      case "DownloadFailedError":
      case "BadFileError":
        return /QuotaExceededError|quota/i.test(detail) ? "quota" : "download";
    }
    if (/QuotaExceededError|quota/i.test(text)) return "quota";
    if (
      /Failed to fetch|NetworkError|ERR_NAME_NOT_RESOLVED|network|Cannot fetch/i.test(
        text,
      )
    ) {
      return "network";
    }
    if (/WebAssembly|CompileError|LinkError/.test(text)) return "model-library";
    if (/navigator\.gpu|WebGPU/i.test(text)) return "no-webgpu";
    return "unknown";
  })();
  // web-llm's own cache writes fail with the DOMException's name in the text; a person
  // reads words (issue 21).
  if (code === "quota" && name !== "StorageFullError")
    return { code, detail: new StorageFailureError("full").message };
  return { code, detail: detail || name || t("worker.error.unknown") };
}
