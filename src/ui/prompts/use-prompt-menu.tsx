import { useSignal, type Signal } from "@preact/signals";
import type { RefObject } from "preact";
import { useContext, useEffect, useRef } from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import { PromptStoreContext } from "../../prompts/context";
import { slashQuery } from "../../prompts/prompt";
import type { BoxAria, MenuKeys } from "./menu-link";
import type { PromptMenu } from "./PromptMenu";

type MenuModule = { PromptMenu: typeof PromptMenu };

/**
 * The composer's side of the "/" prompt menu. The menu itself (its list, the manager
 * dialog, the built-in prompts) is a separate chunk, fetched when the box first gets focus
 * or a "/", so it costs the first paint nothing.
 */
export function usePromptMenu(
  chat: ChatModel,
  draft: Signal<string>,
  box: RefObject<HTMLTextAreaElement>,
) {
  const store = useContext(PromptStoreContext);
  const menu = useSignal<MenuModule | null>(null);
  const aria = useSignal<BoxAria>({});
  const keys = useRef<MenuKeys | null>(null);
  const wanted = slashQuery(draft.value) !== undefined;
  const load = () => {
    if (store && !menu.value)
      void import("./PromptMenu").then((m) => (menu.value = m));
  };
  useEffect(() => {
    if (wanted) load();
  }, [wanted]);
  const Menu = menu.value?.PromptMenu;
  return {
    onFocus: load,
    onKeyDown: (e: KeyboardEvent) => keys.current?.(e) ?? false,
    boxAria: {
      "aria-autocomplete": store ? ("list" as const) : undefined,
      "aria-controls": aria.value.controls,
      "aria-activedescendant": aria.value.active,
    },
    element:
      Menu && store ? (
        <Menu
          store={store}
          chat={chat}
          draft={draft}
          box={box}
          aria={aria}
          keys={keys}
        />
      ) : null,
  };
}
