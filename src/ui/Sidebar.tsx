import type { ChatModel } from "../chat/chat-model";
import type { EngineModel } from "../engine/engine-model";
import type { ModelManager } from "../engine/model-manager";
import { DevicePanel } from "./DevicePanel";
import { ModelsDialog } from "./ModelsDialog";

export function Sidebar({
  chat,
  engine,
  models,
  onDeleteAll,
}: {
  chat: ChatModel;
  engine: EngineModel;
  models: ModelManager;
  onDeleteAll: () => Promise<void>;
}) {
  const activeId = chat.activeId.value;
  return (
    <aside class="sidebar" aria-label="Conversations">
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
      <ModelsDialog engine={engine} models={models} onDeleteAll={onDeleteAll} />
      <DevicePanel engine={engine} />
    </aside>
  );
}
