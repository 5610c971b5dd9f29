import { useSignalEffect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import type { LayoutState } from "./layout-state";

/**
 * The narrow-screen sidebar behaves like a drawer: opening it moves focus into it, Escape
 * closes it and gives focus back to its button, and picking or starting a chat closes it.
 */
export function useSidebarDrawer(layout: LayoutState, chat: ChatModel): void {
  const open = layout.sidebarOpen.value;
  useEffect(() => {
    if (!open) return;
    document
      .querySelector<HTMLElement>(
        "#sidebar button, #sidebar [href], #sidebar input",
      )
      ?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      layout.sidebarOpen.value = false;
      document.querySelector<HTMLElement>(".sidebar-toggle")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, layout]);

  useSignalEffect(() => {
    void chat.conversations.active.value.id;
    void chat.conversations.composerFocus.value;
    layout.sidebarOpen.value = false;
  });
}
