import { useEffect } from "preact/hooks";
import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
import type { Pwa } from "../pwa/pwa";
import { Composer } from "./Composer";
import { ConversationHeader } from "./ConversationHeader";
import { LoadProgress } from "./LoadProgress";
import { MessageList } from "./MessageList";
import { Notices } from "./Notices";
import { Sidebar } from "./Sidebar";
import { StorageNotice } from "./StorageNotice";
import { TopBar } from "./TopBar";
import { UndoToast } from "./UndoToast";
import { isNewChatShortcut } from "./shortcuts";
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
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isNewChatShortcut(e)) return;
      e.preventDefault();
      chat.newChat();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [chat]);
  return (
    <div class="app">
      <Sidebar chat={chat} engine={engine} />
      <main class="main">
        <TopBar engine={engine} pwa={pwa} />
        <UpdatePrompt updates={pwa.updates} chat={chat} />
        <LoadProgress engine={engine} />
        <div class="column">
          <Notices engine={engine} chat={chat} />
          <StorageNotice conversations={chat.conversations} />
          <ConversationHeader chat={chat} engine={engine} />
          <MessageList chat={chat} engine={engine} />
          <UndoToast conversations={chat.conversations} />
          <Composer chat={chat} engine={engine} />
        </div>
      </main>
    </div>
  );
}
