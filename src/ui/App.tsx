import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
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
}: {
  engine: EngineModel;
  chat: ChatModel;
}) {
  return (
    <div class="app">
      <Sidebar chat={chat} engine={engine} />
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
