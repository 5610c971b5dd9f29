import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
import type { Pwa } from "../pwa/pwa";
import { Composer } from "./Composer";
import { LoadProgress } from "./LoadProgress";
import { MessageList } from "./MessageList";
import { Notices } from "./Notices";
import { Sidebar } from "./Sidebar";
import { TopBar } from "./TopBar";
import { UpdatePrompt } from "./UpdatePrompt";
import "./layout.css";

export function App({
  engine,
  chat,
  pwa,
}: {
  engine: EngineModel;
  chat: ChatModel;
  pwa: Pwa;
}) {
  return (
    <div class="app">
      <Sidebar chat={chat} engine={engine} />
      <main class="main">
        <TopBar engine={engine} pwa={pwa} />
        <UpdatePrompt updates={pwa.updates} chat={chat} />
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
