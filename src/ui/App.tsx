import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
import { Composer } from "./Composer";
import { LoadProgress } from "./LoadProgress";
import { MessageList } from "./MessageList";
import type { LayoutState } from "./layout-state";
import { Notices } from "./Notices";
import { ReplyAnnouncer } from "./ReplyAnnouncer";
import { Sidebar } from "./Sidebar";
import type { ThemeModel } from "./theme";
import { TopBar } from "./TopBar";
import { useSidebarDrawer } from "./use-sidebar";
import "./layout.css";
import "./ease.css";

export function App({
  engine,
  chat,
  theme,
  layout,
}: {
  engine: EngineModel;
  chat: ChatModel;
  theme: ThemeModel;
  layout: LayoutState;
}) {
  useSidebarDrawer(layout, chat);
  const open = layout.sidebarOpen.value;
  return (
    <div class={open ? "app sidebar-open" : "app"}>
      <Sidebar chat={chat} engine={engine} />
      {open ? (
        <div
          class="backdrop"
          aria-hidden="true"
          onClick={() => (layout.sidebarOpen.value = false)}
        />
      ) : null}
      <main class="main">
        <TopBar engine={engine} theme={theme} layout={layout} />
        <LoadProgress engine={engine} />
        <div class="column">
          <Notices engine={engine} chat={chat} />
          <MessageList chat={chat} engine={engine} />
          <Composer chat={chat} engine={engine} />
        </div>
        <ReplyAnnouncer chat={chat} />
      </main>
    </div>
  );
}
