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
        title: "This browser cannot run models on the GPU.",
        advice: "Use Chrome or Edge 113 or newer on a desktop computer.",
        reload: false,
      };
    case "no-adapter":
      return {
        title: "No compatible GPU was found.",
        advice: "Update your graphics drivers, or try another computer.",
        reload: false,
      };
    case "shader-f16":
      return {
        title: "This model needs 16-bit float shaders, which your GPU lacks.",
        advice: "Pick the q4f32_1 build of the model instead.",
        reload: false,
      };
    case "download":
      return {
        title: "The model could not be downloaded.",
        advice:
          "A file kept failing (details below). Check your connection, then try again; what is already downloaded is kept.",
        reload: true,
      };
    case "cancelled":
      return {
        title: "The download was cancelled.",
        advice: "Nothing of it was kept. Press Load model to start again.",
        reload: false,
      };
    case "network":
      return {
        title: `The model could not be downloaded: ${host || "its host"} could not be reached.`,
        advice: "Check your internet connection, then choose Reload model.",
        reload: true,
      };
    case "quota":
      return {
        title: "There is not enough storage space for this model.",
        advice: "Free some disk space or pick a smaller model, then try again.",
        reload: true,
      };
    case "disk-full":
      return {
        title: "The disk is full: the download is paused.",
        advice:
          "Everything downloaded so far is kept. Free some space on this device, or delete a model you no longer need in Manage models, then resume.",
        reload: true,
      };
    case "folder":
      return {
        title: "The model in this folder could not be used.",
        advice:
          "A file does not match what the model's tensor-cache.json says (details below). Nothing of it was kept. Copy the folder again, or download the model.",
        reload: false,
      };
    case "storage":
      return {
        title: "Hearth could not use this browser's storage.",
        advice:
          "Check that the disk has free space and that the browser allows this site to store data, then try again.",
        reload: true,
      };
    case "device-lost":
      return {
        title: "The GPU ran out of memory or was reset.",
        advice:
          "Reload the model, or use a smaller one. Your messages are kept.",
        reload: true,
      };
    case "not-loaded":
      return {
        title: "The model is no longer loaded.",
        advice: "Choose Reload model to load it again. Your messages are kept.",
        reload: true,
      };
    case "context-window":
      return {
        title: "This conversation is longer than the model can read at once.",
        advice:
          "Start a new chat, or pick a model with a larger context window.",
        reload: false,
      };
    case "model-library":
      return {
        title: "The model's program could not be started in this browser.",
        advice:
          "The model files may be damaged or built for another web-llm version. Reload the model, or pick another.",
        reload: true,
      };
    case "offline":
      return {
        title: "Not available offline.",
        advice:
          "This model is not downloaded yet. Connect to the internet to download it, or pick a model marked Ready offline in Manage models.",
        reload: false,
      };
    case "worker-crashed":
      return {
        title: "The engine stopped unexpectedly.",
        advice:
          "Hearth restarts it once by itself; if that fails, choose Reload model. Your messages are kept.",
        reload: true,
      };
    case "unknown":
      return {
        title: "Something went wrong in the engine.",
        advice: "Choose Reload model to try again. Your messages are kept.",
        reload: true,
      };
  }
}
