import { useEffect } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import type { HostsModel } from "../../engine/hosts-model";
import type { Pwa } from "../../pwa/pwa";
import { fileDropHandlers } from "../attachments/AttachButton";
import { Composer } from "../chat/Composer";
import { ConversationHeader } from "../chat/ConversationHeader";
import { LoadProgress } from "../models/LoadProgress";
import { MessageList } from "../chat/MessageList";
import type { LayoutState } from "./layout-state";
import { Notices } from "./Notices";
import { ReplyAnnouncer } from "../chat/ReplyAnnouncer";
import { Sidebar } from "./Sidebar";
import { StorageNotice } from "../models/StorageNotice";
import { TopBar } from "./TopBar";
import { UndoToast } from "../chat/UndoToast";
import { isNewChatShortcut } from "./shortcuts";
import type { ThemeModel } from "./theme";
import { useSidebarDrawer } from "./use-sidebar";
import { UpdatePrompt } from "./UpdatePrompt";
import "./layout.css";
import "./ease.css";

export function App({
  engine,
  chat,
  models,
  onDeleteAll,
  theme,
  layout,
  pwa,
  hosts,
}: {
  engine: EngineModel;
  chat: ChatModel;
  models: ModelManager;
  onDeleteAll: () => Promise<void>;
  theme: ThemeModel;
  layout: LayoutState;
  pwa: Pwa;
  hosts?: HostsModel;
}) {
  useSidebarDrawer(layout, chat);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isNewChatShortcut(e)) return;
      e.preventDefault();
      chat.newChat();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [chat]);
  const open = layout.sidebarOpen.value;
  return (
    <div class={open ? "app sidebar-open" : "app"}>
      <Sidebar
        chat={chat}
        engine={engine}
        models={models}
        onDeleteAll={onDeleteAll}
        hosts={hosts}
      />
      {open ? (
        <div
          class="backdrop"
          aria-hidden="true"
          onClick={() => (layout.sidebarOpen.value = false)}
        />
      ) : null}
      <main class="main">
        <TopBar
          engine={engine}
          models={models}
          theme={theme}
          layout={layout}
          pwa={pwa}
        />
        <UpdatePrompt updates={pwa.updates} chat={chat} />
        <LoadProgress engine={engine} />
        <div class="column" {...fileDropHandlers(chat.documents)}>
          <Notices engine={engine} chat={chat} />
          <StorageNotice conversations={chat.conversations} />
          <ConversationHeader chat={chat} engine={engine} />
          <MessageList chat={chat} engine={engine} models={models} />
          <UndoToast conversations={chat.conversations} />
          <Composer chat={chat} engine={engine} />
        </div>
        <ReplyAnnouncer chat={chat} />
      </main>
    </div>
  );
}
