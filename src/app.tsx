import { catalog } from "virtual:model-catalog";
import { registerSW } from "virtual:pwa-register";
// web-llm's traits in production, the scripted engine's in the e2e build (vite.config.ts).
import { usesDownloadManager } from "#engine-traits";
import { AttachmentsModel } from "./attachments/attachments-model";
import type { AttachmentsWorkerClient } from "./attachments/worker-client";
import { ChatModel } from "./chat/chat-model";
import { ConversationsModel } from "./chat/conversations-model";
import { findEntry } from "./engine/catalog";
import { EngineClient } from "./engine/engine-client";
import { EngineModel } from "./engine/engine-model";
import { HostsModel } from "./engine/hosts-model";
import { t } from "./i18n/locale";
import { createGpuLock } from "./engine/gpu-lock";
import { ModelManager } from "./engine/model-manager";
import { takeHeldInstallOffer } from "./pwa/early-install-offer";
import { InstallModel } from "./pwa/install-model";
import { PromptStoreContext } from "./prompts/context";
import { online } from "./pwa/online";
import { UpdateModel } from "./pwa/update-model";
import { createAttachmentStore } from "./storage/attachment-store";
import { createConversationStore } from "./storage/conversation-store";
import { createCustomModelStore } from "./storage/custom-models";
import { deleteAllData } from "./storage/delete-all-data";
import { createPromptStore } from "./storage/prompt-store";
import { createSettingsStore } from "./storage/settings-store";
import { createTabSync } from "./storage/tab-sync";
import { App } from "./ui/shell/App";
import { LayoutState } from "./ui/shell/layout-state";
import { browserTheme } from "./ui/shell/theme";

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
  // Built-in models' hosts: the last known at once, hearth-hosts.json once it answers.
  const hosts = new HostsModel(localStorage);
  const customModels = createCustomModelStore();
  const models = new ModelManager({
    client,
    customModels,
    nameOf: (id) => {
      const e = findEntry(engine.catalog, id);
      return e && `${e.name}${e.quantization ? ` ${e.quantization}` : ""}`;
    },
  });
  const engine = new EngineModel(catalog, client, {
    models: usesDownloadManager ? models : undefined,
    deviceMemoryGB: (navigator as { deviceMemory?: number }).deviceMemory,
    gpuLock:
      "locks" in navigator && typeof BroadcastChannel === "function"
        ? createGpuLock(navigator.locks, new BroadcastChannel("hearth-gpu"))
        : undefined,
    hosts: hosts.hosts,
  });
  const sync = createTabSync();
  // Opened only when the "/" menu or an export first reads it.
  const prompts = createPromptStore();
  const conversations = new ConversationsModel(
    createConversationStore(),
    createSettingsStore(),
    sync,
  );
  const chat = new ChatModel(engine, client, conversations, sync);
  // The attachments worker (pdf.js, MiniSearch) loads with the first file or question.
  let reader: Promise<AttachmentsWorkerClient> | undefined;
  chat.documents = new AttachmentsModel(
    createAttachmentStore(),
    conversations,
    () =>
      (reader ??= import("./attachments/worker-client").then(
        (m) => new m.AttachmentsWorkerClient(),
      )),
  );
  chat.documents.start();

  const theme = browserTheme();
  void engine.checkGpu();
  // From the app's own folder, wherever it is hosted ("Any path"); after first paint.
  void hosts.loadFile(document.baseURI);
  // The page paints first; the sidebar list (metadata only) fills in when it is read.
  void conversations.start();
  void customModels
    .list()
    .then((entries) => engine.addModels(entries))
    .catch(() => {});
  void models.refresh().then(() => models.resumeInterrupted(engine.catalog));
  const updates = new UpdateModel(window);
  updates.start(registerSW);
  const pwa = {
    install: new InstallModel(window, takeHeldInstallOffer()),
    updates,
    online,
  };
  document.documentElement.dataset.build = __HEARTH_BUILD__;

  const onDeleteAll = async () => {
    client.terminate(t("shell.app.allDataDeleted"));
    await deleteAllData();
    location.reload();
  };
  return (
    <PromptStoreContext.Provider value={prompts}>
      <App
        engine={engine}
        chat={chat}
        models={models}
        onDeleteAll={onDeleteAll}
        theme={theme}
        layout={new LayoutState()}
        pwa={pwa}
        hosts={hosts}
      />
    </PromptStoreContext.Provider>
  );
}
