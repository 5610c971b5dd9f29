import { useEffect, useRef } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import { FirstStep } from "../models/FirstStep";
import { MessageView } from "./MessageView";
import { t } from "../../i18n/locale";

export function MessageList({
  chat,
  engine,
  models,
}: {
  chat: ChatModel;
  engine: EngineModel;
  models: ModelManager;
}) {
  const conversation = chat.active.value;
  const messages = chat.conversations.path.value;
  const log = useRef<HTMLDivElement>(null);

  // A chat opens at its latest message, where a person left off.
  const conversationId = conversation?.id;
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [conversationId]);

  // Follow the reply as it grows, unless the reader has scrolled up to read earlier text.
  // Watching the DOM (not the streaming signal) keeps tokens from re-rendering this list.
  useEffect(() => {
    const el = log.current;
    if (!el) return;
    let follow = true;
    const onScroll = () => {
      follow = el.scrollHeight - el.scrollTop - el.clientHeight < 120;
    };
    const observer = new MutationObserver(() => {
      if (follow) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    el.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", onScroll);
    };
  }, []);

  return (
    <div
      class="log"
      ref={log}
      role="log"
      aria-label={t("chat.log.label")}
      aria-live="off"
      tabIndex={0}
    >
      {messages.length === 0 ? (
        <Welcome engine={engine} models={models} />
      ) : null}
      {messages.map((m) => (
        <MessageView key={m.id} message={m} chat={chat} engine={engine} />
      ))}
    </div>
  );
}

function Welcome({
  engine,
  models,
}: {
  engine: EngineModel;
  models: ModelManager;
}) {
  const status = engine.status.value.kind;
  const hint =
    status === "ready"
      ? t("chat.welcome.ready")
      : status === "loading"
        ? t("chat.welcome.loading")
        : t("chat.welcome.idle");
  return (
    <div class="welcome">
      <h1>Hearth</h1>
      <p>{t("chat.welcome.intro")}</p>
      <FirstStep engine={engine} models={models} />
      <p class="hint">{hint}</p>
    </div>
  );
}
