import { useSignal, useSignalEffect } from "@preact/signals";
import type { ChatModel } from "../../chat/chat-model";
import type { EngineModel } from "../../engine/engine-model";
import type { SearchHit } from "../../storage/conversation-store";
import type { ModelManager } from "../../engine/model-manager";
import type { HostsModel } from "../../engine/hosts-model";
import { SquarePen } from "lucide-preact";
import { t } from "../../i18n/locale";
import { shownTitle } from "../../chat/conversation";
import { DevicePanel } from "../device/DevicePanel";
import { IconButton } from "../kit/IconButton";
import { LanguageChooser } from "./LanguageChooser";
import { ModelsDialog } from "../models/ModelsDialog";
import { TransferButtons } from "../transfer/TransferButtons";
import "../chat/conversations.css";

const SEARCH_DELAY_MS = 150;
/** Chats drawn at once; a long history shows more on request (search reaches them all). */
const PAGE = 100;

export function Sidebar({
  chat,
  engine,
  models,
  onDeleteAll,
  hosts,
}: {
  chat: ChatModel;
  engine: EngineModel;
  models: ModelManager;
  onDeleteAll: () => Promise<void>;
  /** Where built-in models come from; the Device panel's setting. */
  hosts?: HostsModel;
}) {
  const conversations = chat.conversations;
  const activeId = conversations.active.value.id;
  const query = useSignal("");
  const hits = useSignal<SearchHit[] | null>(null);
  const shown = useSignal(PAGE);

  // Search runs in IndexedDB, over every message, a moment after typing stops.
  useSignalEffect(() => {
    const q = query.value.trim();
    if (!q) {
      hits.value = null;
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void conversations
        .search(q)
        .then(async (h) => {
          // Attachments' text is searched too; that code loads on the first search.
          const { searchWithAttachments } =
            await import("../../attachments/transfer");
          return searchWithAttachments(q, h, conversations.list.peek());
        })
        .then((h) => {
          if (live) hits.value = h;
        });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  });

  const results = hits.value;
  const all = conversations.list.value;
  const items = results ?? all.slice(0, shown.value);
  return (
    <aside id="sidebar" class="sidebar" aria-label={t("shell.sidebar.label")}>
      <IconButton
        icon={SquarePen}
        label={t("shell.sidebar.newChat")}
        tip={t("shell.sidebar.newChatTip")}
        showLabel
        class="new-chat"
        onClick={() => chat.newChat()}
      />
      <input
        type="search"
        class="search"
        aria-label={t("shell.sidebar.searchLabel")}
        placeholder={t("shell.sidebar.searchPlaceholder")}
        value={query.value}
        onInput={(e) => (query.value = e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") query.value = "";
        }}
      />
      <nav aria-label={t("shell.sidebar.listLabel")}>
        {results ? (
          <p class="search-count" role="status">
            {t("shell.sidebar.matches", { count: results.length })}
          </p>
        ) : null}
        <ul>
          {items.map((c) => {
            const id = "conversationId" in c ? c.conversationId : c.id;
            return (
              <li key={id}>
                <button
                  type="button"
                  class="conversation"
                  title={shownTitle(c.title)}
                  aria-current={id === activeId ? "page" : undefined}
                  onClick={() =>
                    void conversations.open(
                      id,
                      "messageId" in c ? c.messageId : undefined,
                    )
                  }
                >
                  {shownTitle(c.title)}
                  {"snippet" in c && c.snippet !== c.title ? (
                    <span class="snippet">{c.snippet}</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
        {!results && all.length > shown.value ? (
          <button
            type="button"
            class="show-more"
            onClick={() => (shown.value += PAGE)}
          >
            {t("shell.sidebar.showMore", { count: all.length - shown.value })}
          </button>
        ) : null}
      </nav>
      <TransferButtons conversations={conversations} />
      <ModelsDialog engine={engine} models={models} onDeleteAll={onDeleteAll} />
      <DevicePanel engine={engine} hosts={hosts} />
      <LanguageChooser />
    </aside>
  );
}
