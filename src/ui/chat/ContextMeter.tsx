import type { ChatModel } from "../../chat/chat-model";
import { t } from "../../i18n/locale";

/** How much of the model's context window the chat fills: an estimate, and said to be one. */
export function ContextMeter({ chat }: { chat: ChatModel }) {
  const plan = chat.plan.value;
  if (chat.conversations.active.value.messages.length === 0) return null;
  const window = plan.contextWindow;
  const used = Math.min(plan.usedTokens, window);
  const omitted = plan.omittedIds.length;
  const text = t("chat.context.estimate", { used: plan.usedTokens, window });
  return (
    <div class="context-meter">
      <div
        class={`meter-bar ${omitted ? "full" : ""}`}
        role="meter"
        aria-label={t("chat.context.label")}
        aria-valuemin={0}
        aria-valuemax={window}
        aria-valuenow={used}
        aria-valuetext={text}
      >
        <div
          class="meter-fill"
          style={{ width: `${(used / window) * 100}%` }}
        />
      </div>
      <p class="meter-text">
        {omitted > 0
          ? t("chat.context.estimateOmitted", {
              count: omitted,
              used: plan.usedTokens,
              window,
            })
          : text}
      </p>
    </div>
  );
}
