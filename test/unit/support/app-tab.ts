import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { afterEach, beforeEach, vi } from "vitest";
import { ChatModel } from "../../../src/chat/chat-model";
import { ConversationsModel } from "../../../src/chat/conversations-model";
import { toCatalog } from "../../../src/engine/catalog";
import { EngineClient } from "../../../src/engine/engine-client";
import { EngineModel } from "../../../src/engine/engine-model";
import type { GpuReport } from "../../../src/engine/gpu";
import type { Request } from "../../../src/engine/protocol";
import type { ConversationStore } from "../../../src/storage/conversation-store";
import type { TabSync } from "../../../src/storage/tab-sync";
import { createBackend } from "../../../src/worker/scripted-backend";
import { InProcessWorker } from "./in-process-worker";
import { Browser, freshDatabase } from "./stores";

export const catalog = toCatalog(prebuiltAppConfig.model_list);

/** The adapter Chromium gives here with --enable-unsafe-webgpu. */
export const SWIFTSHADER: Extract<GpuReport, { kind: "ok" }> = {
  kind: "ok",
  vendor: "google",
  architecture: "swiftshader",
  description: "",
  shaderF16: false,
  maxStorageBufferBindingSize: 2 ** 30,
  maxBufferSize: 2 ** 30,
};

/**
 * Fake timers and Date for every test of the file. fake-indexeddb schedules with
 * setImmediate: that stays real, so storage keeps moving.
 */
export function useFakeClock(): void {
  beforeEach(() =>
    vi.useFakeTimers({
      toFake: [
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "Date",
      ],
    }),
  );
  afterEach(() => vi.useRealTimers());
}

/**
 * One tab of the app in this process: the real models, an engine client whose workers run
 * the scripted backend in-process, a database and a tab-sync endpoint.
 */
export async function openTab({
  gpu = SWIFTSHADER,
  db = freshDatabase(),
  sync = new Browser().tab(),
  store = db.store,
}: {
  gpu?: GpuReport;
  db?: ReturnType<typeof freshDatabase>;
  sync?: TabSync;
  store?: ConversationStore;
} = {}) {
  const workers: InProcessWorker[] = [];
  const client = new EngineClient(() => {
    const w = new InProcessWorker(createBackend());
    workers.push(w);
    return w as unknown as Worker;
  });
  const engine = new EngineModel(catalog, client, { probe: async () => gpu });
  const conversations = new ConversationsModel(store, db.settings, sync);
  const chat = new ChatModel(engine, client, conversations, sync);
  await engine.checkGpu();
  await conversations.start();
  const generateRequests = () =>
    workers
      .flatMap((w) => w.received)
      .filter(
        (r): r is Extract<Request, { type: "generate" }> =>
          r.type === "generate",
      );
  return { engine, chat, workers, conversations, db, sync, generateRequests };
}

/** Loads the selected model, moving the fake clock past the scripted load. */
export async function loadModel(engine: EngineModel): Promise<void> {
  const loading = engine.load();
  await vi.advanceTimersByTimeAsync(1100);
  await loading;
}
