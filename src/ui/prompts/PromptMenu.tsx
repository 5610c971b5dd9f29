import { useSignal, type Signal } from "@preact/signals";
import type { RefObject } from "preact";
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  type MutableRef,
} from "preact/hooks";
import type { ChatModel } from "../../chat/chat-model";
import { t } from "../../i18n/locale";
import { BUILT_IN_PROMPTS } from "../../prompts/built-in";
import {
  matchPrompts,
  menuWanted,
  promptTitle,
  slashQuery,
  type ListedPrompt,
} from "../../prompts/prompt";
import { PromptLibrary } from "../../prompts/prompt-library";
import type { PromptStore } from "../../storage/prompt-store";
import { PromptManager } from "./PromptManager";
import type { BoxAria, MenuKeys } from "./menu-link";
import "./prompts.css";

const LIST_ID = "prompt-menu";
const MANAGE_ID = "prompt-option-manage";
const optionId = (i: number) => `prompt-option-${i}`;
const preview = (text: string) =>
  text.length > 90 ? `${text.slice(0, 90).trimEnd()}…` : text;

/**
 * The "/" menu: a listbox under the message box's control (the box keeps focus and points
 * at the active option with aria-activedescendant). Arrows move, Enter chooses, Escape
 * closes; "Manage saved prompts…" opens the dialog to add, edit and delete.
 */
export function PromptMenu({
  store,
  chat,
  draft,
  box,
  aria,
  keys,
}: {
  store: PromptStore;
  chat: ChatModel;
  draft: Signal<string>;
  box: RefObject<HTMLTextAreaElement>;
  aria: Signal<BoxAria>;
  keys: MutableRef<MenuKeys | null>;
}) {
  const library = useMemo(
    () => new PromptLibrary(store, BUILT_IN_PROMPTS),
    [store],
  );
  // The option moved to by the arrows, for the filter it was chosen under; a new filter
  // starts again from the default (the first match, or none).
  // Kept by option (a prompt's id, or MANAGE_ID), not by position: the user's prompts
  // arrive from storage a moment after the list opens.
  const cursor = useSignal<{ query?: string; option: string } | null>(null);
  // Escape closes the list for the text it was pressed on; typing on opens it again.
  const dismissedAt = useSignal<string | undefined>(undefined);
  const managing = useSignal(false);
  const said = useSignal("");

  const query = slashQuery(draft.value);
  const matches =
    query === undefined ? [] : matchPrompts(library.all.value, query);
  const open =
    dismissedAt.value !== draft.value &&
    !managing.value &&
    menuWanted(query, matches);
  // Options: the matches, then "Manage saved prompts…". Nothing is active when nothing
  // matches, so Enter sends what was typed ("/echo" stays a message).
  const count = matches.length + 1;
  const ids = [...matches.map((p) => p.id), MANAGE_ID];
  const held = cursor.value;
  const moved = held && held.query === query ? ids.indexOf(held.option) : -1;
  const index = moved >= 0 ? moved : matches.length > 0 ? 0 : -1;

  useEffect(() => {
    if (open) void library.load();
  }, [open]);
  // "System prompt set…" stays until the person types again.
  useEffect(() => {
    if (draft.value) said.value = "";
  }, [draft.value]);
  // In step with the list, so the box never points at an option that is not drawn.
  useLayoutEffect(() => {
    // Each opening starts from the first option.
    if (!open) cursor.value = null;
    aria.value = open
      ? {
          controls: LIST_ID,
          active:
            index < 0
              ? undefined
              : index < matches.length
                ? optionId(index)
                : MANAGE_ID,
        }
      : {};
  }, [open, index, matches.length]);

  const focusBox = (caret?: number) =>
    requestAnimationFrame(() => {
      const el = box.current;
      if (!el) return;
      el.focus();
      if (caret !== undefined) el.setSelectionRange(caret, caret);
    });
  const choose = (i: number) => {
    if (i >= matches.length) {
      // The "/filter" only served the list; the box is left as it was before it.
      draft.value = "";
      managing.value = true;
      return;
    }
    const p: ListedPrompt = matches[i];
    if (p.kind === "system") {
      chat.conversations.changeActiveSettings({ systemPrompt: p.text });
      draft.value = "";
      said.value = t("shell.prompts.menu.systemSet", {
        title: promptTitle(p),
      });
      focusBox();
    } else {
      draft.value = p.text;
      said.value = "";
      focusBox(p.text.length);
    }
  };

  keys.current = (e) => {
    if (!open || e.isComposing) return false;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const step = e.key === "ArrowDown" ? 1 : -1;
      const from = index < 0 ? (step > 0 ? -1 : 0) : index;
      cursor.value = { query, option: ids[(from + step + count) % count] };
    } else if (e.key === "Enter" && !e.shiftKey && index >= 0) {
      choose(index);
    } else if (e.key === "Escape") {
      dismissedAt.value = draft.value;
    } else return false;
    e.preventDefault();
    return true;
  };

  return (
    <>
      {open ? (
        <div class="prompt-menu">
          <ul
            id={LIST_ID}
            role="listbox"
            aria-label={t("shell.prompts.menu.label")}
          >
            {matches.map((p, i) => (
              <li
                key={p.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === index}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                <span class="prompt-title">{promptTitle(p)}</span>
                {p.kind === "system" ? (
                  <span class="prompt-kind">
                    {" "}
                    {t("shell.prompts.systemKind")}
                  </span>
                ) : null}
                <span class="prompt-preview">{preview(p.text)}</span>
              </li>
            ))}
            <li
              id={MANAGE_ID}
              role="option"
              aria-selected={index === matches.length}
              class="prompt-manage"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(matches.length)}
            >
              {t("shell.prompts.menu.manage")}
            </li>
          </ul>
          {matches.length === 0 ? (
            <p class="prompt-empty">
              {t("shell.prompts.menu.noMatch", { query: query ?? "" })}
            </p>
          ) : (
            <p class="prompt-hint">{t("shell.prompts.menu.hint")}</p>
          )}
        </div>
      ) : null}
      <p class="prompt-said" role="status">
        {said.value}
      </p>
      {managing.value ? (
        <PromptManager
          library={library}
          onClose={() => {
            managing.value = false;
            focusBox();
          }}
        />
      ) : null}
    </>
  );
}
