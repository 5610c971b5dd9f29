import { catalog } from "virtual:model-catalog";
import { ChatModel } from "./chat/chat-model";
import { EngineClient } from "./engine/engine-client";
import { EngineModel } from "./engine/engine-model";
import { App } from "./ui/App";
import { LayoutState } from "./ui/layout-state";
import { browserTheme } from "./ui/theme";

/** Wires the app once: the engine worker (started lazily), the models, the UI. */
export function createApp() {
  const client = new EngineClient(
    () =>
      new Worker(new URL("./worker/engine.worker.ts", import.meta.url), {
        type: "module",
        name: "hearth-engine",
      }),
  );
  const engine = new EngineModel(catalog, client);
  const chat = new ChatModel(engine, client);
  const theme = browserTheme();
  void engine.checkGpu();
  return (
    <App engine={engine} chat={chat} theme={theme} layout={new LayoutState()} />
  );
}
