import type { ChatModel } from "../../chat/chat-model";
import type { ConversationSettings } from "../../chat/types";
import type { EngineModel } from "../../engine/engine-model";

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
  const window = chat.contextWindow.value;
  const defaults = engine.modelDefaults.value;
  const modelDefault = (n: number | undefined) =>
    n === undefined ? "Model default" : `Model default: ${n}`;
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
        <NumberField
          label="Temperature"
          min={0}
          max={2}
          step={0.05}
          placeholder={modelDefault(defaults.temperature)}
          value={settings.temperature}
          onChange={(temperature) => set({ temperature })}
        />
        <NumberField
          label="Top-p"
          min={0}
          max={1}
          step={0.05}
          placeholder={modelDefault(defaults.topP)}
          value={settings.topP}
          onChange={(topP) => set({ topP })}
        />
        <NumberField
          label="Maximum reply length (tokens)"
          min={1}
          max={window}
          step={1}
          placeholder="No limit"
          value={settings.maxTokens}
          onChange={(maxTokens) => set({ maxTokens })}
        />
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

/**
 * A number setting. Empty means the model's default (undefined); anything else is kept
 * within [min, max], and to whole numbers when the step is 1.
 */
function NumberField({
  label,
  min,
  max,
  step,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  min: number;
  max: number;
  step: number;
  placeholder: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        value={value ?? ""}
        onChange={(e) => {
          const text = e.currentTarget.value;
          const n = Number(text);
          if (text.trim() === "" || !Number.isFinite(n))
            return onChange(undefined);
          const clamped = Math.min(max, Math.max(min, n));
          onChange(step === 1 ? Math.round(clamped) : clamped);
        }}
      />
    </label>
  );
}
