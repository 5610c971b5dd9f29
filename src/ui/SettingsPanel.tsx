import type { ChatModel } from "../chat/chat-model";
import type { ConversationSettings } from "../chat/types";
import type { EngineModel } from "../engine/engine-model";

/** Per-chat generation settings; an empty field means the model's own default. */
export function SettingsPanel({
  chat,
  engine,
  onClose,
}: {
  chat: ChatModel;
  engine: EngineModel;
  onClose: () => void;
}) {
  const conversations = chat.conversations;
  const settings = conversations.active.value.settings;
  const set = (change: Partial<ConversationSettings>) =>
    conversations.changeActiveSettings(change);
  const numberOrUndefined = (
    value: string,
    min: number,
    max: number,
    integer = false,
  ) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n)) return undefined;
    const clamped = Math.min(max, Math.max(min, n));
    return integer ? Math.round(clamped) : clamped;
  };
  const window = chat.contextWindow.value;
  const model = engine.selected.value?.name ?? "the model";
  return (
    <form
      id="chat-settings"
      class="settings-panel"
      aria-label="Chat settings"
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <label>
        System prompt
        <textarea
          rows={3}
          placeholder="None: the model's own behaviour"
          value={settings.systemPrompt ?? ""}
          onChange={(e) =>
            set({ systemPrompt: e.currentTarget.value || undefined })
          }
        />
      </label>
      <div class="settings-numbers">
        <label>
          Temperature
          <input
            type="number"
            min={0}
            max={2}
            step={0.05}
            placeholder="Model default"
            value={settings.temperature ?? ""}
            onChange={(e) =>
              set({
                temperature: numberOrUndefined(e.currentTarget.value, 0, 2),
              })
            }
          />
        </label>
        <label>
          Top-p
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            placeholder="Model default"
            value={settings.topP ?? ""}
            onChange={(e) =>
              set({ topP: numberOrUndefined(e.currentTarget.value, 0, 1) })
            }
          />
        </label>
        <label>
          Maximum reply length (tokens)
          <input
            type="number"
            min={1}
            max={window}
            step={1}
            placeholder="No limit"
            value={settings.maxTokens ?? ""}
            onChange={(e) =>
              set({
                maxTokens: numberOrUndefined(
                  e.currentTarget.value,
                  1,
                  window,
                  true,
                ),
              })
            }
          />
        </label>
      </div>
      <p class="settings-note">
        Empty fields use {model}'s defaults, from its own configuration: its
        temperature and top-p, and replies that may run until its{" "}
        {window.toLocaleString("en")}-token context window is full.
      </p>
      <div class="settings-actions">
        <button
          type="button"
          onClick={() =>
            set({
              systemPrompt: undefined,
              temperature: undefined,
              topP: undefined,
              maxTokens: undefined,
            })
          }
        >
          Reset to model defaults
        </button>
        <button type="button" onClick={onClose}>
          Close settings
        </button>
      </div>
    </form>
  );
}
