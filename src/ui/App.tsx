import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
import type { ModelManager } from "../engine/model-manager";
import { Composer } from "./Composer";
import { LoadProgress } from "./LoadProgress";
import { MessageList } from "./MessageList";
import { Notices } from "./Notices";
import { Sidebar } from "./Sidebar";
import { TopBar } from "./TopBar";
import "./layout.css";

export function App({
  engine,
  chat,
  models,
  onDeleteAll,
}: {
  engine: EngineModel;
  chat: ChatModel;
  models: ModelManager;
  onDeleteAll: () => Promise<void>;
}) {
  return (
    <div class="app">
      <Sidebar
        chat={chat}
        engine={engine}
        models={models}
        onDeleteAll={onDeleteAll}
      />
      <main class="main">
        <TopBar engine={engine} />
        <LoadProgress engine={engine} />
        <div class="column">
          <Notices engine={engine} chat={chat} />
          <MessageList chat={chat} engine={engine} />
          <Composer chat={chat} engine={engine} />
        </div>
      </main>
    </div>
  );
}
