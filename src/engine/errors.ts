import { t } from "../i18n/locale";
import type { ErrorCode, EngineFailure } from "./protocol";

/** Codes only the main thread can observe, besides those the worker reports. */
export type FailureCode = ErrorCode | "worker-crashed" | "offline";

export class EngineError extends Error {
  readonly code: FailureCode;
  constructor(
    code: FailureCode,
    detail: string,
    /** "disk-full": bytes stored when the disk filled, and the model's size. */
    readonly bytes?: EngineFailure["bytes"],
  ) {
    super(detail);
    this.name = "EngineError";
    this.code = code;
  }
  static from(failure: EngineFailure): EngineError {
    return new EngineError(failure.code, failure.detail, failure.bytes);
  }
}

export interface ErrorText {
  title: string;
  /** What to do next. */
  advice: string;
  /** Whether reloading the model is the way out. */
  reload: boolean;
}

/** What each failure means to a person, in plain words. */
export function errorText(code: FailureCode, host?: string): ErrorText {
  switch (code) {
    case "no-webgpu":
      return {
        title: t("engine.error.noWebgpu.title"),
        advice: t("engine.error.noWebgpu.advice"),
        reload: false,
      };
    case "no-adapter":
      return {
        title: t("engine.error.noAdapter.title"),
        advice: t("engine.error.noAdapter.advice"),
        reload: false,
      };
    case "shader-f16":
      return {
        title: t("engine.error.shaderF16.title"),
        advice: t("engine.error.shaderF16.advice"),
        reload: false,
      };
    case "download":
      return {
        title: t("engine.error.download.title"),
        advice: t("engine.error.download.advice"),
        reload: true,
      };
    case "cancelled":
      return {
        title: t("engine.error.cancelled.title"),
        advice: t("engine.error.cancelled.advice"),
        reload: false,
      };
    case "network":
      return {
        title: host
          ? t("engine.error.network.title", { host })
          : t("engine.error.network.titleNoHost"),
        advice: t("engine.error.network.advice"),
        reload: true,
      };
    case "quota":
      return {
        title: t("engine.error.quota.title"),
        advice: t("engine.error.quota.advice"),
        reload: true,
      };
    case "disk-full":
      return {
        title: t("engine.error.diskFull.title"),
        advice: t("engine.error.diskFull.advice"),
        reload: true,
      };
    case "folder":
      return {
        title: t("engine.error.folder.title"),
        advice: t("engine.error.folder.advice"),
        reload: false,
      };
    case "storage":
      return {
        title: t("engine.error.storage.title"),
        advice: t("engine.error.storage.advice"),
        reload: true,
      };
    case "device-lost":
      return {
        title: t("engine.error.deviceLost.title"),
        advice: t("engine.error.deviceLost.advice"),
        reload: true,
      };
    case "not-loaded":
      return {
        title: t("engine.error.notLoaded.title"),
        advice: t("engine.error.notLoaded.advice"),
        reload: true,
      };
    case "context-window":
      return {
        title: t("engine.error.contextWindow.title"),
        advice: t("engine.error.contextWindow.advice"),
        reload: false,
      };
    case "model-library":
      return {
        title: t("engine.error.modelLibrary.title"),
        advice: t("engine.error.modelLibrary.advice"),
        reload: true,
      };
    case "offline":
      return {
        title: t("engine.error.offline.title"),
        advice: t("engine.error.offline.advice"),
        reload: false,
      };
    case "worker-crashed":
      return {
        title: t("engine.error.workerCrashed.title"),
        advice: t("engine.error.workerCrashed.advice"),
        reload: true,
      };
    case "unknown":
      return {
        title: t("engine.error.unknown.title"),
        advice: t("engine.error.unknown.advice"),
        reload: true,
      };
  }
}
