import type { ChatModel } from "../../chat/chat-model";

/** How much of the model's context window the chat fills: an estimate, and said to be one. */
export function ContextMeter({ chat }: { chat: ChatModel }) {
  const plan = chat.plan.value;
  if (chat.conversations.active.value.messages.length === 0) return null;
  const window = plan.contextWindow;
  const used = Math.min(plan.usedTokens, window);
  const omitted = plan.omittedIds.length;
  const text = `About ${plan.usedTokens.toLocaleString("en")} of ${window.toLocaleString("en")} tokens (estimate)`;
  return (
    <div class="context-meter">
      <div
        class={`meter-bar ${omitted ? "full" : ""}`}
        role="meter"
        aria-label="Context used"
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
        {text}
        {omitted > 0
          ? ` · the ${omitted === 1 ? "oldest message is" : `${omitted} oldest messages are`} left out of what the model reads, to fit its context window`
          : ""}
      </p>
    </div>
  );
}
