import { catalog } from "virtual:model-catalog";
import { registerSW } from "virtual:pwa-register";
import { ChatModel } from "./chat/chat-model";
import { ConversationsModel } from "./chat/conversations-model";
import { EngineClient } from "./engine/engine-client";
import { EngineModel } from "./engine/engine-model";
import { InstallModel } from "./pwa/install-model";
import { online } from "./pwa/online";
import { UpdateModel } from "./pwa/update-model";
import { createConversationStore } from "./storage/conversation-store";
import { createSettingsStore } from "./storage/settings-store";
import { createTabSync } from "./storage/tab-sync";
import { App } from "./ui/App";

/**
 * Wires the app once: the engine worker (started lazily), the stores, the models, the
 * service worker, the UI.
 */
export function createApp() {
  const client = new EngineClient(
    () =>
      new Worker(new URL("./worker/engine.worker.ts", import.meta.url), {
        type: "module",
        name: "hearth-engine",
      }),
  );
  const engine = new EngineModel(catalog, client);
  const sync = createTabSync();
  const conversations = new ConversationsModel(
    createConversationStore(),
    createSettingsStore(),
    sync,
  );
  const chat = new ChatModel(engine, client, conversations, sync);
  void engine.checkGpu();
  // The page paints first; the sidebar list (metadata only) fills in when it is read.
  void conversations.start();
  const updates = new UpdateModel(window);
  updates.start(registerSW);
  const pwa = { install: new InstallModel(window), updates, online };
  document.documentElement.dataset.build = __HEARTH_BUILD__;
  return <App engine={engine} chat={chat} pwa={pwa} />;
}
