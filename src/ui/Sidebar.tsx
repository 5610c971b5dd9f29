import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
import { DevicePanel } from "./DevicePanel";

export function Sidebar({
  chat,
  engine,
}: {
  chat: ChatModel;
  engine: EngineModel;
}) {
  const activeId = chat.activeId.value;
  return (
    <aside id="sidebar" class="sidebar" aria-label="Conversations">
      <button type="button" class="new-chat" onClick={() => chat.newChat()}>
        New chat
      </button>
      <nav aria-label="Conversation list">
        <ul>
          {chat.conversations.value.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="conversation"
                aria-current={c.id === activeId ? "page" : undefined}
                onClick={() => chat.open(c.id)}
              >
                {c.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <DevicePanel engine={engine} />
    </aside>
  );
}
