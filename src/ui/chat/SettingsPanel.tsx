import type { ChatModel } from "../../chat/chat-model";
import type { ConversationSettings } from "../../chat/types";
import type { EngineModel } from "../../engine/engine-model";
import {
  answerInLanguage,
  setAnswerInLanguage,
} from "../../chat/answer-language";
import { languageNamed } from "../../i18n/languages";
import { formatNumber, language, t } from "../../i18n/locale";

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
    n === undefined
      ? t("chat.settings.modelDefault")
      : t("chat.settings.modelDefaultValue", {
          // Every digit the model's configuration gives, as before.
          value: formatNumber(n, { maximumFractionDigits: 20 }),
        });
  const model = engine.selected.value?.name;
  const lang = language();
  return (
    <form
      id="chat-settings"
      class="settings-panel"
      aria-label={t("chat.settings.label")}
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <label>
        {t("chat.settings.systemPrompt")}
        <textarea
          rows={3}
          placeholder={t("chat.settings.systemPromptPlaceholder")}
          value={settings.systemPrompt ?? ""}
          onChange={(e) =>
            set({ systemPrompt: e.currentTarget.value || undefined })
          }
        />
      </label>
      {lang === "en" ? null : (
        <div class="settings-language">
          <label>
            <input
              type="checkbox"
              aria-describedby="answer-in-language-hint"
              checked={answerInLanguage.value}
              onChange={(e) => setAnswerInLanguage(e.currentTarget.checked)}
            />
            {t("language.answerIn", { name: languageNamed(lang).name })}
          </label>
          <p id="answer-in-language-hint" class="settings-note">
            {t("language.answerInHint")}
          </p>
        </div>
      )}
      <div class="settings-numbers">
        <NumberField
          label={t("chat.settings.temperature")}
          min={0}
          max={2}
          step={0.05}
          placeholder={modelDefault(defaults.temperature)}
          value={settings.temperature}
          onChange={(temperature) => set({ temperature })}
        />
        <NumberField
          label={t("chat.settings.topP")}
          min={0}
          max={1}
          step={0.05}
          placeholder={modelDefault(defaults.topP)}
          value={settings.topP}
          onChange={(topP) => set({ topP })}
        />
        <NumberField
          label={t("chat.settings.maxTokens")}
          min={1}
          max={window}
          step={1}
          placeholder={t("chat.settings.noLimit")}
          value={settings.maxTokens}
          onChange={(maxTokens) => set({ maxTokens })}
        />
      </div>
      <p class="settings-note">
        {model === undefined
          ? t("chat.settings.noteNoModel", { window })
          : t("chat.settings.note", { model, window })}
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
          {t("chat.settings.reset")}
        </button>
        <button type="button" onClick={onClose}>
          {t("chat.settings.close")}
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
